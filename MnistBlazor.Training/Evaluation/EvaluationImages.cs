using MnistBlazor.Training.Data;
using OnnxContract = MnistBlazor.Recognition.Catalog.OnnxContract;

namespace MnistBlazor.Training.Evaluation;

/// <summary>Labelled MNIST images as rows for the evaluator: pixels 0..1, white ink on black, as the contract expects.</summary>
internal static class EvaluationImages
{
    public static IEnumerable<EvaluationImage> Rows(IdxImages images, ReadOnlyMemory<byte> labels, CancellationToken cancellationToken)
    {
        for (var i = 0; i < images.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var source = images.Pixels.AsSpan(i * OnnxContract.PixelCount, OnnxContract.PixelCount);
            var pixels = new float[OnnxContract.PixelCount];
            for (var p = 0; p < pixels.Length; p++)
            {
                pixels[p] = source[p] / 255f;
            }
            yield return new EvaluationImage { Label = labels.Span[i], Image = pixels };
        }
    }

    public static void RequireLabelledDigits(IdxImages images, ReadOnlyMemory<byte> labels)
    {
        if (images.Rows != OnnxContract.Side || images.Columns != OnnxContract.Side)
        {
            throw new ArgumentException($"Contract graphs read 28x28 images, not {images.Rows}x{images.Columns}.", nameof(images));
        }
        if (images.Count == 0 || labels.Length != images.Count)
        {
            throw new ArgumentException($"{labels.Length} labels for {images.Count} images.", nameof(labels));
        }
        var bad = labels.Span.IndexOfAnyInRange((byte)10, byte.MaxValue);
        if (bad >= 0)
        {
            throw new ArgumentException($"Label {labels.Span[bad]} at index {bad} is not a digit 0-9.", nameof(labels));
        }
    }
}
