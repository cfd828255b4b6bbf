using MnistBlazor.Tests.Recognition.Calibration;
using MnistBlazor.Recognition.Preprocessing;
using MnistBlazor.Recognition.Verdicts;

namespace MnistBlazor.Tests.Recognition.Verdicts;

public sealed class DigitShapesTests
{
    [Fact]
    public void ShippedShapesHaveTwentyComponentsPerDigit()
    {
        Assert.Equal(20, DigitShapes.Shipped.ComponentCount);
    }

    [Fact]
    public void DrawnSevenIsNearTheSevensAndFarFromTheZeros()
    {
        var seven = new DigitPreprocessor().Process(DrawnDigits.Png(Preprocessing.DigitSketch.Seven)).Digit!;

        var nearSevens = DigitShapes.Shipped.Distance(seven.Pixels.Span, 7);
        var nearZeros = DigitShapes.Shipped.Distance(seven.Pixels.Span, 0);

        Assert.InRange(nearSevens, 0f, 2.5f);
        Assert.True(nearZeros > 2 * nearSevens, $"distance from the zeros {nearZeros}, from the sevens {nearSevens}");
    }

    [Fact]
    public void WrittenShapesReadBackTheSame()
    {
        var random = new Random(4);
        float[] Values(int count) => [.. Enumerable.Range(0, count).Select(_ => random.NextSingle() - 0.5f)];
        var shapes = new DigitShapes(
            [.. Enumerable.Range(0, 10).Select(_ => Values(784))],
            [.. Enumerable.Range(0, 10).Select(_ => Values(2 * 784))],
            [.. Enumerable.Range(1, 10).Select(i => (float)i)]);
        var image = Values(784);
        using var stream = new MemoryStream();

        shapes.Write(stream);
        stream.Position = 0;
        var read = DigitShapes.Read(stream);

        Assert.Equal(2, read.ComponentCount);
        Assert.Equal(shapes.Distance(image, 3), read.Distance(image, 3), 0.01f);
    }

    [Fact]
    public void TruncatedShapesFileIsRefused()
    {
        using var stream = new MemoryStream();
        DigitShapes.Shipped.Write(stream);

        using var cut = new MemoryStream(stream.ToArray()[..1000]);

        Assert.Throws<InvalidDataException>(() => DigitShapes.Read(cut));
    }
}
