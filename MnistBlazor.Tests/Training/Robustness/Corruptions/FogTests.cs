using MnistBlazor.Training.Robustness.Corruptions;

namespace MnistBlazor.Tests.Training.Robustness.Corruptions;

public sealed class FogTests
{
    [Fact]
    public void ThePlasmaFractalSpansZeroToOneAndVariesSmoothly()
    {
        var plasma = PlasmaFractal.Generate(256, 1.4, new Random(6));

        Assert.Equal(65536, plasma.Length);
        Assert.Equal(0, plasma.Min());
        Assert.Equal(1, plasma.Max());
        var step = Enumerable.Range(0, 255).Average(c => Math.Abs(plasma[c + 1] - plasma[c]));
        Assert.True(step < 0.1, $"neighbours differ by {step:F3} on average");
    }

    [Fact]
    public void ThePlasmaFractalIsTheReferencesDiamondSquareForTheSameDraws()
    {
        // np.random.seed(11); the uniform draws plasma_fractal(mapsize=4, wibbledecay=1.4) made, and the map it returned.
        var draws = new ReplayedRandom(0.1802696889, 0.0194752415, 0.4632185265, 0.7249339292, 0.4202036046, 0.4854270982,
            0.0127808146, 0.4873716073, 0.9418066523, 0.8507950894, 0.7299644702, 0.1087360719, 0.8939041703, 0.8571542471, 0.1650866176);
        double[] reference =
        [
            1.000000000, 0.556044493, 0.000000000, 0.763261115,
            0.414623000, 0.727619844, 0.742122801, 0.484838607,
            0.692926724, 0.894000139, 0.500725567, 0.642897723,
            0.882040534, 0.536802718, 0.032614089, 0.160241411,
        ];

        var plasma = PlasmaFractal.Generate(4, 1.4, draws);

        Assert.All(Enumerable.Range(0, 16), i => Assert.Equal(reference[i], plasma[i], precision: 8));
    }

    [Fact]
    public void UnderAnEvenFogAWhiteDigitKeepsAQuarterOfItsContrast()
    {
        var digit = TestDigits.Unit(TestDigits.Seven());
        var evenFog = Enumerable.Repeat(0.5, 28 * 28).ToArray();

        var fogged = MnistCorruption.ToBytes(Fog.Over(digit, evenFog, 28));

        // (x + 3 · 0.5) · 1 / (1 + 3): black becomes 0.375 (96), white 0.625 (159).
        Assert.All(Enumerable.Range(0, 784), i => Assert.Equal(Math.Round((digit[i] + 1.5) / 4 * 255), fogged[i]));
    }

    [Fact]
    public void FogLiftsAndCloudsTheBackgroundWhileTheDigitStaysBrighterOnAverage()
    {
        var digit = TestDigits.Seven();
        var ink = PixelMeasures.Indices(digit, p => p == 255).ToList();
        var background = PixelMeasures.Indices(digit, p => p == 0).ToList();
        var contrasts = new List<double>();
        foreach (var seed in Enumerable.Range(1, 8))
        {
            var fogged = new Fog().Apply(digit, new Random(seed));
            var backgroundLevels = background.Select(i => (double)fogged[i]).ToList();
            Assert.True(backgroundLevels.Average() > 10, "fog lifts the black background");
            Assert.True(backgroundLevels.Max() - backgroundLevels.Min() > 5, "fog is not flat");
            contrasts.Add(ink.Average(i => fogged[i]) - backgroundLevels.Average());
        }

        // Expected contrast 255 / 4 ≈ 64; the fog's own patches move it from seed to seed.
        Assert.InRange(contrasts.Average(), 40, 90);
    }
}
