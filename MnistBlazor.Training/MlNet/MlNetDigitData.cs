using MnistBlazor.Training.Data;
using MnistBlazor.Training.Evaluation;
using OnnxContract = MnistBlazor.Recognition.Catalog.OnnxContract;

namespace MnistBlazor.Training.MlNet;

/// <summary>Turns MNIST images and labels into the rows the ML.NET pipeline reads, refusing data it cannot learn from.</summary>
internal static class MlNetDigitData
{
    public static IEnumerable<MlNetDigitRow> Rows(IdxImages images, ReadOnlyMemory<byte> labels, CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < images.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return MlNetDigitRow.From(Pixels(images, i), labels.Span[i]);
        }
    }

    public static IEnumerable<MlNetDigitRow> Unlabelled(IdxImages images)
    {
        for (var i = 0; i < images.Count; i++)
        {
            yield return MlNetDigitRow.From(Pixels(images, i));
        }
    }

    public static float[] Pixels(IdxImages images, int index)
    {
        var source = images.Pixels.AsSpan(index * OnnxContract.PixelCount, OnnxContract.PixelCount);
        var pixels = new float[OnnxContract.PixelCount];
        for (var p = 0; p < pixels.Length; p++)
        {
            pixels[p] = source[p] / 255f;
        }
        return pixels;
    }

    public static void RequireDigitImages(IdxImages images)
    {
        if (images.Rows != OnnxContract.Side || images.Columns != OnnxContract.Side)
        {
            throw new ArgumentException($"The ML.NET model reads 28x28 images, not {images.Rows}x{images.Columns}.", nameof(images));
        }
        if (images.Pixels.Length != images.Count * OnnxContract.PixelCount)
        {
            throw new ArgumentException($"{images.Pixels.Length} pixel bytes do not hold {images.Count} images of 28x28.", nameof(images));
        }
    }

    /// <summary>Training needs every digit: the score vector has one slot per digit seen, so a missing one would shift the slots.</summary>
    public static void RequireTrainingSet(IdxImages images, ReadOnlyMemory<byte> labels)
    {
        RequireDigitImages(images);
        if (labels.Length != images.Count)
        {
            throw new ArgumentException($"{labels.Length} labels for {images.Count} images.", nameof(labels));
        }
        var seen = new bool[OnnxContract.ClassCount];
        foreach (var label in labels.Span)
        {
            if (label >= OnnxContract.ClassCount)
            {
                throw new ArgumentException($"Label {label} is not a digit 0-9.", nameof(labels));
            }
            seen[label] = true;
        }
        var missing = Enumerable.Range(0, seen.Length).Where(d => !seen[d]).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"The training set has no image of digit(s) {string.Join(", ", missing)}; every digit 0-9 is needed.", nameof(labels));
        }
    }

    /// <summary>Images [start, start+count) as their own set, e.g. the last 10,000 training images as a validation split.</summary>
    public static IdxImages Slice(IdxImages images, int start, int count) =>
        new(count, images.Rows, images.Columns,
            images.Pixels.AsSpan(start * images.Rows * images.Columns, count * images.Rows * images.Columns).ToArray());
}
