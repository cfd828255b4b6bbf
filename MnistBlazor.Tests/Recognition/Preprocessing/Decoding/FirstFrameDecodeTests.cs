using MnistBlazor.Recognition.Preprocessing;

namespace MnistBlazor.Tests.Recognition.Preprocessing.Decoding;

/// <summary>Pictures with many frames are decoded for their first frame only, wherever the decode is asked for.</summary>
public sealed class FirstFrameDecodeTests
{
    [Fact]
    public void AGifWithAHugeScreenAndFortyFramesDecodesOneFrame()
    {
        // 4096x4096 screen, 40 one-pixel frames: under 1 KB that would ask ImageSharp's default decoder for 40 canvases of 64 MB.
        var gif = TinyFramesGif(4096, 4096, frames: 40);

        using var image = new DigitPreprocessor().Decode(gif);

        Assert.True(gif.Length < 1024);
        Assert.Single(image.Frames);
        Assert.Equal((4096, 4096), (image.Width, image.Height));
    }

    [Fact]
    public void AnAnimatedWebpDecodesItsFirstFrame()
    {
        using var white = new SixLabors.ImageSharp.Image<SixLabors.ImageSharp.PixelFormats.Rgba32>(32, 32, new(255, 255, 255));
        using var black = new SixLabors.ImageSharp.Image<SixLabors.ImageSharp.PixelFormats.Rgba32>(32, 32, new(0, 0, 0));
        var webp = AnimatedWebpBuilder.FromStills(32, 32, TestImages.Encode(white, Lossless), TestImages.Encode(black, Lossless));

        using var image = new DigitPreprocessor().Decode(webp);

        Assert.Single(image.Frames);
        Assert.Equal(255, image[16, 16].R);
    }

    private static readonly SixLabors.ImageSharp.Formats.Webp.WebpEncoder Lossless =
        new() { FileFormat = SixLabors.ImageSharp.Formats.Webp.WebpFileFormatType.Lossless };

    /// <summary>A GIF89a whose frames each hold one black pixel at the top left of a large logical screen.</summary>
    internal static byte[] TinyFramesGif(int width, int height, int frames)
    {
        using var gif = new MemoryStream();
        gif.Write("GIF89a"u8);
        gif.Write([(byte)width, (byte)(width >> 8), (byte)height, (byte)(height >> 8), 0x80, 0, 0]); // two-colour global table
        gif.Write([0, 0, 0, 255, 255, 255]);
        for (var i = 0; i < frames; i++)
        {
            gif.Write([0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0]);   // a 1x1 image at (0, 0), no local table
            gif.Write([2, 2, 0x44, 0x01, 0]);               // LZW, minimum code size 2: clear, index 0, end
        }

        gif.WriteByte(0x3B);
        return gif.ToArray();
    }
}
