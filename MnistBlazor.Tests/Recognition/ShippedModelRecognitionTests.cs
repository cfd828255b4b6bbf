using Microsoft.Extensions.Logging.Abstractions;
using MnistBlazor.Tests.Recognition.Preprocessing;
using MnistBlazor.Recognition;

namespace MnistBlazor.Tests.Recognition;

/// <summary>The repository's trained models reading digits drawn as on the pad.</summary>
public sealed class ShippedModelRecognitionTests
{
    public static TheoryData<string> Models => [ModelIds.Ensemble, ModelIds.BasicCnn];

    [ShippedModelsFact]
    public void DrawnDigitsAreReadByTheEnsembleAndTheBasicCnn()
    {
        using var recognizer = StandaloneRecognizer.Create(new RecognitionOptions { ModelsDirectory = ShippedModels.Models }, ShippedModels.Root, NullLoggerFactory.Instance);

        foreach (var (sketch, digit) in DrawnDigits.Known)
        {
            var png = DrawnDigits.Png(sketch);
            foreach (var model in Models)
            {
                var result = recognizer.Recognize(png, model);

                Assert.True(result.Verdict == Verdict.Digit && result.Digit == digit,
                    $"{model} read a drawn {digit} as {result.Verdict} {VerdictOf(result)}");
            }
        }
    }

    [ShippedModelsFact]
    public void EveryShippedModelReadsAThickSeven()
    {
        using var recognizer = StandaloneRecognizer.Create(new RecognitionOptions { ModelsDirectory = ShippedModels.Models }, ShippedModels.Root, NullLoggerFactory.Instance);

        var results = recognizer.RecognizeWithEveryModel(DrawnDigits.Png(DigitSketch.Seven, radius: 14f));

        Assert.All(results, r => Assert.True(VerdictOf(r) == 7, $"{r.ModelId} saw {VerdictOf(r)}"));
    }

    private static int VerdictOf(RecognitionResult result) => result.Probabilities.Count == 0
        ? -1
        : result.Probabilities.Select((p, i) => (p, i)).MaxBy(t => t.p).i;
}
