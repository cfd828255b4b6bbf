using MnistBlazor.Training.Gate;
using MnistBlazor.Recognition.Preprocessing;

namespace MnistBlazor.Tests.Training.Gate;

public sealed class TypedDigitsTests
{
    [Fact]
    public void TypedDigitsAreLabelledWithTheirDigitAndPreprocessedLikeAUsersPicture()
    {
        using var set = TypedDigits.Build(GateFonts.Load(GateFonts.CalibrationFiles), count: 120, seed: 4);

        var labels = set.Labels.data<long>().ToArray();
        Assert.InRange(labels.Length, 115, 120);
        Assert.Equal(Enumerable.Range(0, 10).Select(d => (long)d), labels.Distinct().Order());
        Assert.Equal([labels.Length, 1L, DigitImage.Side, DigitImage.Side], set.Images.shape);
        Assert.All(set.Images.sum([1, 2, 3]).data<float>().ToArray(), ink => Assert.True(ink > 10f, $"ink {ink}"));
    }

    [Fact]
    public void SomeTypedDigitsAreOutlinesWithAHoleWhereTheStrokeWas()
    {
        var font = GateFonts.Load(GateFonts.CalibrationFiles)[2];
        var inkShares = Enumerable.Range(0, 60).Select(seed =>
        {
            using var image = GateCanvas.Text("1", font, new Random(seed));
            return GateCanvasTests.InkPixels(image);
        }).ToList();

        // A filled "1" 40-75% of the canvas high is far inkier than its outline drawn 1.5-4 px wide.
        Assert.Contains(inkShares, ink => ink < inkShares.Max() / 3);
    }
}
