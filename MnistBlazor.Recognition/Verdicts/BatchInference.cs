using MnistBlazor.Recognition.Catalog;
using MnistBlazor.Recognition.Preprocessing;

namespace MnistBlazor.Recognition.Verdicts;

/// <summary>A model's probabilities for a <see cref="DigitBatch"/>, each digit answered as <see cref="EvidenceGatherer"/>
/// answers it alone: a single model as its graph does on the digit; the ensemble as the <see cref="EnsembleAverage"/>
/// of its members over the digit and its <see cref="StabilityViews"/>. Batched ONNX calls through the catalog's
/// long-lived sessions. Thread-safe.</summary>
public sealed class BatchInference(ModelCatalog catalog)
{
    /// <summary>Images per ONNX call (500 digits with their views): about 9 MB of input, however long the batch.</summary>
    internal const int ImagesPerRun = 3000;

    /// <summary>Ten probabilities per digit, in the batch's order.</summary>
    /// <exception cref="UnknownModelException">No model has that id.</exception>
    /// <exception cref="ModelUnavailableException">The model (or every ensemble member) did not load.</exception>
    public IReadOnlyList<float[]> Probabilities(DigitBatch digits, string modelId)
    {
        ArgumentNullException.ThrowIfNull(digits);
        ArgumentNullException.ThrowIfNull(modelId);
        var models = catalog.Constituents(modelId);
        var withViews = modelId == ModelIds.Ensemble;
        var imagesPerDigit = withViews ? StabilityViews.Count : 1;
        var valuesPerDigit = imagesPerDigit * OnnxContract.ClassCount;
        var answers = new List<float[]>(digits.Count);
        for (var start = 0; start < digits.Count; start += ImagesPerRun / imagesPerDigit)
        {
            var count = Math.Min(ImagesPerRun / imagesPerDigit, digits.Count - start);
            var images = withViews ? ViewsOf(digits, start, count) : digits.Digits(start, count);
            var outputs = models.Select(m => m.Predict(images, count * imagesPerDigit)).ToList();
            for (var n = 0; n < count; n++)
            {
                var rows = outputs.Select(o => o[(n * valuesPerDigit)..((n + 1) * valuesPerDigit)]).ToList();
                answers.Add(withViews ? EnsembleAverage.Answer(rows) : rows[0]);
            }
        }

        return answers;
    }

    /// <summary>Each digit followed by its views, [count * views, 784] flattened.</summary>
    private static float[] ViewsOf(DigitBatch digits, int start, int count)
    {
        var images = new float[count * StabilityViews.Count * DigitImage.PixelCount];
        for (var n = 0; n < count; n++)
        {
            StabilityViews.Batch(digits.Digits(start + n, 1).Span).CopyTo(images, n * StabilityViews.Count * DigitImage.PixelCount);
        }

        return images;
    }
}
