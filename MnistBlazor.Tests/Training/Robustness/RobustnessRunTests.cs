using MnistBlazor.Recognition;
using MnistBlazor.Tests.Web.Components.Fakes;
using MnistBlazor.Training.Data;
using MnistBlazor.Training.Robustness;

namespace MnistBlazor.Tests.Training.Robustness;

public sealed class RobustnessRunTests
{
    private static readonly RobustnessCondition Noise = RobustnessCondition.FromPixels("noise", (digit, random) =>
    {
        var noisy = (byte[])digit.Clone();
        noisy[random.Next(noisy.Length)] = 255;
        return noisy;
    });

    private readonly FakeDigitRecognizer recognizer = new()
    {
        Models = [.. FakeModels.All().Where(m => m.Id is ModelIds.Ensemble or ModelIds.BasicCnn)],
    };

    [Fact]
    public void EachAnswerIsCountedRightDeclinedOrWrongPerConditionAndModel()
    {
        recognizer.Answer = (image, modelId) => modelId == ModelIds.BasicCnn ? FakeResults.Unsure(7, 0.6f, modelId) : FakeResults.Digit(7, 0.9f, modelId);

        var tally = new RobustnessRun(recognizer, seed: 1, parallelism: 2).Score([RobustnessCondition.Clean, Noise], Digits(3), [7, 7, 1], count: 3);

        var clean = tally.Row("clean", ModelIds.Ensemble);
        var noisy = tally.Row("noise", ModelIds.BasicCnn);
        Assert.Equal((3, 2, 0, 1, 2), (clean.Total, clean.Right, clean.Declined, clean.Wrong, clean.TopRight));
        Assert.Equal((3, 0, 3, 0, 2), (noisy.Total, noisy.Right, noisy.Declined, noisy.Wrong, noisy.TopRight));
        Assert.Equal(100 * Math.Abs((2.0 / 3) - 0.9), clean.CalibrationErrorPercent, precision: 3);
    }

    [Fact]
    public void TheSameSeedChangesEachDigitTheSameWay()
    {
        new RobustnessRun(recognizer, seed: 5, parallelism: 1).Score([Noise], Digits(4), [1, 2, 3, 4], count: 4);
        var first = recognizer.Calls.Select(c => Convert.ToBase64String(c.Image)).Order().ToList();
        var again = new FakeDigitRecognizer { Models = recognizer.Models };

        new RobustnessRun(again, seed: 5, parallelism: 2).Score([Noise], Digits(4), [1, 2, 3, 4], count: 4);

        Assert.Equal(first, again.Calls.Select(c => Convert.ToBase64String(c.Image)).Order().ToList());
    }

    [Fact]
    public void OnlyTheFirstCountDigitsAreScored()
    {
        var tally = new RobustnessRun(recognizer, seed: 1, parallelism: 1).Score([RobustnessCondition.Clean], Digits(5), [7, 7, 7, 7, 7], count: 2);

        Assert.Equal(2, tally.Row("clean", ModelIds.Ensemble).Total);
    }

    [Fact]
    public void ImagesThatAreNot28By28AreRefused()
    {
        var wide = new IdxImages(1, 28, 30, new byte[28 * 30]);

        var error = Assert.Throws<ArgumentException>(() => new RobustnessRun(recognizer, 1, 1).Score([RobustnessCondition.Clean], wide, [1], 1));

        Assert.StartsWith("MNIST-C corrupts 28x28 digits; these images are 30x28.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheReportGivesTopGuessesTheSplitAndTheRiseBesideThePaper()
    {
        recognizer.Answer = (image, modelId) => FakeResults.Digit(7, 0.9f, modelId);
        var tally = new RobustnessRun(recognizer, seed: 1, parallelism: 1).Score([RobustnessCondition.Clean, Noise], Digits(4), [7, 7, 7, 1], count: 4);

        var report = RobustnessReport.Render(tally, [new("Noise", "One pixel lit.", [Noise])], [ModelIds.Ensemble],
            new RobustnessSetup(new DateTime(2026, 12, 4), 4, 1, "models"));

        Assert.Contains("| clean | 75.00 |", report, StringComparison.Ordinal);
        Assert.Contains("| **mean of 1** | 75.00 |", report, StringComparison.Ordinal);
        Assert.Contains("| **worst** | 75.00 |", report, StringComparison.Ordinal);
        Assert.Contains("| noise | 75.00 | 0.00 | 25.00 | 75.00 |", report, StringComparison.Ordinal);
        Assert.Contains("| ensemble | 25.00 | 25.00 | 1.0x |", report, StringComparison.Ordinal);
    }

    private static IdxImages Digits(int count)
    {
        var pixels = new byte[count * 784];
        for (var n = 0; n < count; n++)
        {
            for (var y = 6; y < 22; y++)
            {
                pixels[(n * 784) + (y * 28) + 14 - (n % 3)] = 255;   // a vertical stroke, a little apart per digit
            }
        }

        return new IdxImages(count, 28, 28, pixels);
    }
}
