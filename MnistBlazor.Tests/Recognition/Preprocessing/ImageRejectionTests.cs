using Microsoft.Extensions.Options;
using MnistBlazor.Recognition.Preprocessing;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Tiff;

namespace MnistBlazor.Tests.Recognition.Preprocessing;

/// <summary>Decoding limits and refusals: what the REST API maps to 400, 413 and 415.</summary>
public sealed class ImageRejectionTests
{
    private const int Side = 140;

    private static readonly float[] Seven = DigitSketch.Seven.Render(Side, Side, left: 30, top: 20, boxWidth: 70, boxHeight: 100, radius: 5);

    private readonly DigitPreprocessor preprocessor = new();

    [Fact]
    public void ZeroBytesAreRejectedAsEmpty()
    {
        var error = Assert.Throws<ImageRejectedException>(() => preprocessor.Process(ReadOnlySpan<byte>.Empty));

        Assert.Equal(ImageRejectionReason.Empty, error.Reason);
        Assert.Contains("empty", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void RandomBytesAreRejectedAsUndecodable()
    {
        var bytes = new byte[4096];
        new Random(1).NextBytes(bytes);

        var error = Assert.Throws<ImageRejectedException>(() => preprocessor.Process(bytes));

        Assert.Equal(ImageRejectionReason.Undecodable, error.Reason);
        Assert.Contains("PNG, JPEG, BMP, GIF or WebP", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.9)]
    public void TruncatedPngIsRejectedAsTruncated(double keptShare)
    {
        var png = Encode(new PngEncoder());

        var error = Assert.Throws<ImageRejectedException>(() => preprocessor.Process(png.AsSpan(0, (int)(png.Length * keptShare))));

        Assert.Equal(ImageRejectionReason.Truncated, error.Reason);
        Assert.Contains("PNG is truncated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PngCutBeforeItsLastChunkIsRejectedAsTruncated()
    {
        // All pixel data is present, but the file stops before IEND: ImageSharp alone would decode it silently.
        var png = Encode(new PngEncoder());

        var error = Assert.Throws<ImageRejectedException>(() => preprocessor.Process(png.AsSpan(0, png.Length - 12)));

        Assert.Equal(ImageRejectionReason.Truncated, error.Reason);
    }

    [Fact]
    public void PngWithAShortHeaderChunkIsRejectedNamingTheHeader()
    {
        // ImageSharp reads past a header chunk under 13 bytes and fails with an index error.
        var png = PngChunks.Signature
            .Concat(PngChunks.Chunk("IHDR", [0, 0, 1, 0, 0]))
            .Concat(PngChunks.Chunk("IEND", []))
            .ToArray();

        var error = Assert.Throws<ImageRejectedException>(() => preprocessor.Process(png));

        Assert.Equal(ImageRejectionReason.Undecodable, error.Reason);
        Assert.Contains("13-byte 'IHDR' header chunk; it starts with a 5-byte 'IHDR' chunk", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TruncatedJpegIsRejectedAsTruncated()
    {
        var jpeg = Encode(new JpegEncoder { Quality = 90 });

        var error = Assert.Throws<ImageRejectedException>(() => preprocessor.Process(jpeg.AsSpan(0, jpeg.Length * 2 / 3)));

        Assert.Equal(ImageRejectionReason.Truncated, error.Reason);
    }

    [Fact]
    public void PngClaimingHugeSizeIsRejectedFromItsHeader()
    {
        // 20000x20000 RGBA would need 1.6 GB; the pixel data is garbage, so only a header check can say TooLarge.
        var png = PngChunks.Signature
            .Concat(PngChunks.Header(20000, 20000))
            .Concat(PngChunks.Chunk("IDAT", [1, 2, 3, 4]))
            .Concat(PngChunks.Chunk("IEND", []))
            .ToArray();

        var error = Assert.Throws<ImageRejectedException>(() => preprocessor.Process(png));

        Assert.Equal(ImageRejectionReason.TooLarge, error.Reason);
        Assert.Contains("20000x20000", error.Message, StringComparison.Ordinal);
        Assert.Contains("4096x4096", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FileOverTheByteLimitIsRejectedAsTooLarge()
    {
        var small = new DigitPreprocessor(Options.Create(new DigitPreprocessorOptions { MaxEncodedBytes = 100 }));

        var error = Assert.Throws<ImageRejectedException>(() => small.Process(Encode(new PngEncoder())));

        Assert.Equal(ImageRejectionReason.TooLarge, error.Reason);
    }

    [Fact]
    public void TiffIsRejectedAsUnsupportedFormat()
    {
        var error = Assert.Throws<ImageRejectedException>(() => preprocessor.Process(Encode(new TiffEncoder())));

        Assert.Equal(ImageRejectionReason.UnsupportedFormat, error.Reason);
        Assert.StartsWith("TIFF images are not supported", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HeicIsRejectedAsUnsupportedFormat()
    {
        byte[] heic = [0, 0, 0, 24, .. "ftypheic"u8, 0, 0, 0, 0, .. "mif1heic"u8, .. new byte[64]];

        var error = Assert.Throws<ImageRejectedException>(() => preprocessor.Process(heic));

        Assert.Equal(ImageRejectionReason.UnsupportedFormat, error.Reason);
        Assert.StartsWith("HEIC/HEIF images are not supported", error.Message, StringComparison.Ordinal);
    }

    private static byte[] Encode(IImageEncoder encoder)
    {
        using var image = TestImages.WhiteOnBlack(Side, Side, Seven);
        return TestImages.Encode(image, encoder);
    }
}
