using MnistBlazor.Recognition.Verdicts;

namespace MnistBlazor.Tests.Recognition.Verdicts;

public sealed class StabilityViewsTests
{
    [Fact]
    public void BatchHoldsTheOriginalFirstThenItsMovedCopies()
    {
        var digit = Bar(column: 14);

        var batch = StabilityViews.Batch(digit);

        Assert.Equal(StabilityViews.Count * 784, batch.Length);
        Assert.Equal(digit, batch[..784]);
        for (var view = 1; view < StabilityViews.Count; view++)
        {
            var moved = batch.AsSpan(view * 784, 784).ToArray();
            Assert.NotEqual(digit, moved);
            Assert.InRange(moved.Sum(), digit.Sum() * 0.6f, digit.Sum() * 1.1f);
        }
    }

    [Fact]
    public void ShiftedViewMovesTheInkByAPixelAndAHalf()
    {
        var digit = Bar(column: 10);

        var shifted = StabilityViews.Batch(digit).AsSpan(4 * 784, 784).ToArray();

        Assert.Equal(11.5f, CentreColumn(shifted), 2);
    }

    private static float[] Bar(int column)
    {
        var pixels = new float[784];
        for (var y = 4; y < 24; y++)
        {
            pixels[(y * 28) + column] = 1f;
        }

        return pixels;
    }

    private static float CentreColumn(float[] pixels) =>
        Enumerable.Range(0, 784).Sum(i => pixels[i] * (i % 28)) / pixels.Sum();
}
