using MnistBlazor.Benchmarks.AbuseBenchmarks;
using MnistBlazor.Recognition.Preprocessing;
using SixLabors.ImageSharp.Formats.Png;

namespace MnistBlazor.Tests.Recognition.Preprocessing.Decoding;

/// <summary>Compressed metadata chunks that inflate to far more than the file: the app reads pixels only, so they must
/// never be inflated (ImageSharp 2.1 took a 1 MB zTXt to 3.2 GB and an OutOfMemoryException).</summary>
public sealed class PngMetadataBombTests
{
    private const int Side = 140;

    // Far above anything the decode itself needs; the bomb alone would allocate 256 MB at least.
    private const long AllocationBudget = 32L * 1024 * 1024;

    private static readonly Lazy<byte[]> Bomb = new(() => CraftedFiles.CompressedZeros(256 * 1024 * 1024));

    private static readonly float[] Seven = DigitSketch.Seven.Render(Side, Side, left: 30, top: 20, boxWidth: 70, boxHeight: 100, radius: 5);

    private readonly DigitPreprocessor preprocessor = new();

    [Theory]
    [InlineData(PngColorType.RgbWithAlpha)]
    [InlineData(PngColorType.Palette)]
    public void TextChunksThatInflateTo256MegabytesAreNeverInflated(PngColorType colourType)
    {
        var png = Encode(colourType);
        var bombed = PngChunks.InsertAfterHeader(
            png,
            PngChunks.Chunk("zTXt", [.. "Comment"u8, 0, 0, .. Bomb.Value]),
            PngChunks.Chunk("iTXt", [.. "Description"u8, 0, 1, 0, 0, 0, .. Bomb.Value]));

        var (result, allocated) = ProcessCountingAllocations(bombed);

        Assert.True(bombed.Length < 1024 * 1024, $"the crafted file is {bombed.Length} bytes");
        Assert.Equal(preprocessor.Process(png).Digit!.Pixels.ToArray(), result.Digit!.Pixels.ToArray());
        Assert.True(allocated < AllocationBudget, $"decoding allocated {allocated} bytes");
    }

    [Fact]
    public void AColourProfileThatInflatesTo256MegabytesIsNeverInflated()
    {
        var png = Encode(PngColorType.RgbWithAlpha);
        var bombed = PngChunks.InsertAfterHeader(png, PngChunks.Chunk("iCCP", [.. "ICC profile"u8, 0, 0, .. Bomb.Value]));

        var (result, allocated) = ProcessCountingAllocations(bombed);

        Assert.Equal(preprocessor.Process(png).Digit!.Pixels.ToArray(), result.Digit!.Pixels.ToArray());
        Assert.True(allocated < AllocationBudget, $"decoding allocated {allocated} bytes");
    }

    [Fact]
    public void ATextChunkCutOffByTheEndOfTheFileIsRefusedWithoutInflating()
    {
        // Its declared length runs past the end: a decoder that reads what is there would still inflate the bomb.
        var zTxt = PngChunks.Chunk("zTXt", [.. "Comment"u8, 0, 0, .. Bomb.Value]);
        var cut = PngChunks.InsertAfterHeader(Encode(PngColorType.RgbWithAlpha)[..33], zTxt[..^4]);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = Assert.Throws<ImageRejectedException>(() => preprocessor.Process(cut));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(ImageRejectionReason.Truncated, error.Reason);
        Assert.Contains("'zTXt' chunk", error.Message, StringComparison.Ordinal);
        Assert.True(allocated < AllocationBudget, $"refusing allocated {allocated} bytes");
    }

    private (Preprocessed Result, long Allocated) ProcessCountingAllocations(byte[] png)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = preprocessor.Process(png);
        return (result, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static byte[] Encode(PngColorType colourType)
    {
        using var image = TestImages.WhiteOnBlack(Side, Side, Seven);
        return TestImages.Encode(image, new PngEncoder { ColorType = colourType, BitDepth = PngBitDepth.Bit8 });
    }
}
