using MnistBlazor.Training.Robustness;

namespace MnistBlazor.Tests.Training.Robustness;

public sealed class CalibrationBinsTests
{
    [Fact]
    public void TheErrorIsTheShareWeightedGapBetweenAccuracyAndConfidencePerBin()
    {
        var bins = new CalibrationBins();
        bins.Add(0.9, right: true);
        bins.Add(0.9, right: false);
        bins.Add(0.3, right: true);
        bins.Add(0.3, right: true);

        // Bin (0.867, 0.933]: accuracy 0.5 against 0.9; bin (0.267, 0.333]: 1.0 against 0.3; each holds half the answers.
        Assert.Equal(100 * ((0.5 * 0.4) + (0.5 * 0.7)), bins.ExpectedCalibrationErrorPercent, precision: 9);
    }

    [Fact]
    public void ConfidenceThatMatchesAccuracyHasNoError()
    {
        var bins = new CalibrationBins();
        foreach (var right in new[] { true, true, true, false })
        {
            bins.Add(0.75, right);
        }

        Assert.Equal(0, bins.ExpectedCalibrationErrorPercent, precision: 9);
    }

    [Fact]
    public void NothingAddedHasNoError()
    {
        Assert.True(double.IsNaN(new CalibrationBins().ExpectedCalibrationErrorPercent));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void AConfidenceOutsideZeroToOneIsRefused(double confidence)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CalibrationBins().Add(confidence, right: true));
    }
}
