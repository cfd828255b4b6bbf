using System.Numerics.Tensors;
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

    [ShippedModelsFact]
    public void ABatchOfDrawnDigitsGetsWhatEachGetsAloneFromTheEnsembleAndEveryMember()
    {
        using var recognizer = StandaloneRecognizer.Create(new RecognitionOptions { ModelsDirectory = ShippedModels.Models }, ShippedModels.Root, NullLoggerFactory.Instance);
        var pngs = DrawnDigits.Known.Select(known => DrawnDigits.Png(known.Sketch)).Append(DrawnDigits.Png(DigitSketch.Seven, radius: 14f)).ToList();

        foreach (var model in ModelIds.EnsembleMembers.Prepend(ModelIds.Ensemble))
        {
            var alone = pngs.Select(png => recognizer.Recognize(png, model)).ToList();

            var batched = recognizer.Probabilities(DigitBatch.Of([.. alone.Select(r => r.Seen!)]), model);

            Assert.Equal(alone.Count, batched.Count);
            for (var n = 0; n < alone.Count; n++)
            {
                BatchRecognitionTests.AssertClose(alone[n].Probabilities, batched[n]);
            }
        }
    }

    /// <summary>The most probable digit, or -1 when there are no probabilities.</summary>
    private static int VerdictOf(RecognitionResult result) => TensorPrimitives.IndexOfMax([.. result.Probabilities]);
}
