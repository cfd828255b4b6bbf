using MnistBlazor.Web.Components.Drawing;
using MnistBlazor.Web.Components.Webcam;
using MnistBlazor.Recognition.Preprocessing;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace MnistBlazor.Tests.Recognition.Preprocessing.Decoding;

/// <summary>Each source is held to what it can really send: a page's canvas to its own size, an upload to the configured limits.</summary>
public sealed class DecodeLimitsTests
{
    private readonly DigitPreprocessor preprocessor = new();

    [Theory]
    [InlineData(141, 100)]
    [InlineData(100, 141)]
    public void InkLargerThanThePadExportsIsRefusedFromItsHeader(int width, int height)
    {
        using var image = new Image<Rgba32>(width, height, new Rgba32(0, 0, 0));
        var png = TestImages.Png(image);

        var refused = Assert.Throws<ImageRejectedException>(() => preprocessor.Process(png, DrawingPad.InkLimits));

        Assert.Equal(ImageRejectionReason.TooLarge, refused.Reason);
        Assert.Equal($"The PNG image is {width}x{height} pixels; the limit is 140x140.", refused.Message);
    }

    [Fact]
    public void AFrameWithMoreBytesThanTheWebcamCanSendIsRefusedBeforeDecoding()
    {
        var bytes = new byte[WebcamCapture.FrameLimits.MaxEncodedBytes + 1];

        var refused = Assert.Throws<ImageRejectedException>(() => preprocessor.Process(bytes, WebcamCapture.FrameLimits));

        Assert.Equal(ImageRejectionReason.TooLarge, refused.Reason);
    }

    [Fact]
    public void TheSameInkAsAnUploadIsAccepted()
    {
        using var image = new Image<Rgba32>(400, 400, new Rgba32(0, 0, 0));
        var png = TestImages.Png(image);

        var processed = preprocessor.Process(png);

        Assert.True(processed.IsBlank);
    }

    [Fact]
    public void ACanvasesByteLimitHoldsItsPixelsStoredUncompressed()
    {
        var limits = DecodeLimits.ForCanvas(140);
        using var noise = new Image<Rgba32>(140, 140);
        var random = new Random(7);
        noise.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                foreach (ref var pixel in rows.GetRowSpan(y))
                {
                    pixel = new Rgba32((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256));
                }
            }
        });

        Assert.InRange(TestImages.Png(noise).Length, 1, limits.MaxEncodedBytes);
    }
}
