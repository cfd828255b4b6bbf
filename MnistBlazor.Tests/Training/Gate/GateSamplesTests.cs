using MnistBlazor.Training.Data;
using MnistBlazor.Training.Gate;
using MnistBlazor.Recognition.Preprocessing;

namespace MnistBlazor.Tests.Training.Gate;

public sealed class GateSamplesTests
{
    [Fact]
    public void DigitsAreLabelledDigitsAndEverythingElseNot()
    {
        var (set, kinds) = Samples().Build(400, seed: 5);
        using (set)
        {
            var labels = set.Labels.data<long>().ToArray();

            Assert.Equal(kinds.Length, labels.Length);
            Assert.InRange(kinds.Length, 340, 400);
            Assert.All(kinds.Zip(labels), pair => Assert.Equal(
                pair.First is "MNIST digit" or "typed digit" ? GateSamples.ADigit : GateSamples.NotADigit, pair.Second));
            Assert.Equal(["MNIST digit", "blots", "letter pair", "scribble", "specks", "symbol", "typed digit", "typed letter"], kinds.Distinct().Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void SamplesLookLikeWhatTheModelsSeeAfterPreprocessing()
    {
        var (set, _) = Samples().Build(60, seed: 6);
        using (set)
        {
            Assert.Equal([set.Count, 1L, DigitImage.Side, DigitImage.Side], set.Images.shape);
            Assert.InRange(set.Images.min().item<float>(), 0f, 0f);
            Assert.InRange(set.Images.max().item<float>(), 0.9f, 1.0001f);
            var inkPerImage = set.Images.sum([1, 2, 3]).data<float>().ToArray();
            Assert.All(inkPerImage, ink => Assert.True(ink > 10f, $"ink {ink}"));
        }
    }

    [Fact]
    public void TheSameSeedGivesTheSameSet()
    {
        var (first, firstKinds) = Samples().Build(40, seed: 8);
        var (second, secondKinds) = Samples().Build(40, seed: 8);
        using (first)
        using (second)
        {
            Assert.Equal(firstKinds, secondKinds);
            Assert.True(first.Images.eq(second.Images).all().item<bool>());
        }
    }

    /// <summary>Ten made-up MNIST-sized digits (a bar each, at different places) stand in for the MNIST training set.</summary>
    private static GateSamples Samples()
    {
        var pixels = new byte[10 * 28 * 28];
        for (var i = 0; i < 10; i++)
        {
            for (var y = 6; y < 22; y++)
            {
                pixels[(i * 784) + (y * 28) + 10 + i] = 255;
                pixels[(i * 784) + (y * 28) + 11 + i] = 255;
            }
        }

        return new GateSamples(new IdxImages(10, 28, 28, pixels), GateFonts.Load(GateFonts.CalibrationFiles));
    }
}
