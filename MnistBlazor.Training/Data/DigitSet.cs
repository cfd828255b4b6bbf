using static TorchSharp.torch;

namespace MnistBlazor.Training.Data;

/// <summary>Digits as tensors: images [N,1,28,28] float32 in 0..1 (white ink on black, as MNIST), labels [N] int64.</summary>
public sealed class DigitSet : IDisposable
{
    public DigitSet(Tensor images, Tensor labels)
    {
        if (images.ndim != 4 || images.shape[1] != 1 || labels.ndim != 1 || images.shape[0] != labels.shape[0])
        {
            throw new ArgumentException($"Images [{string.Join(",", images.shape)}] and labels [{string.Join(",", labels.shape)}] do not form a digit set.");
        }
        Images = images.DetachFromDisposeScope();
        Labels = labels.DetachFromDisposeScope();
    }

    public Tensor Images { get; }

    public Tensor Labels { get; }

    public long Count => Labels.shape[0];

    public static DigitSet FromIdx(IdxImages images, byte[] labels)
    {
        if (images.Count != labels.Length)
        {
            throw new InvalidDataException($"{images.Count} images but {labels.Length} labels.");
        }
        using var scope = NewDisposeScope();
        var pixels = tensor(images.Pixels, [images.Count, 1, images.Rows, images.Columns]).to_type(ScalarType.Float32) / 255f;
        var targets = tensor(labels).to_type(ScalarType.Int64);
        return new DigitSet(pixels, targets);
    }

    /// <summary>A set from 28x28 row-major images (0..1, white ink on black) and their labels.</summary>
    public static DigitSet FromImages(IReadOnlyList<float[]> images, IReadOnlyList<long> labels)
    {
        const int pixelsPerImage = 28 * 28;
        var pixels = new float[images.Count * pixelsPerImage];
        for (var i = 0; i < images.Count; i++)
        {
            images[i].CopyTo(pixels.AsSpan(i * pixelsPerImage));
        }

        using var scope = NewDisposeScope();
        return new DigitSet(tensor(pixels, [images.Count, 1, 28, 28]), tensor(labels.ToArray()));
    }

    public static DigitSet Load(string imagesPath, string labelsPath) =>
        FromIdx(IdxReader.ReadImages(imagesPath), IdxReader.ReadLabels(labelsPath));

    /// <summary>The digits at <paramref name="indices"/>, as a new set.</summary>
    public DigitSet Select(Tensor indices) => new(Images.index_select(0, indices), Labels.index_select(0, indices));

    /// <summary>This set followed by <paramref name="other"/>, as a new set.</summary>
    public DigitSet Concat(DigitSet other)
    {
        using var scope = NewDisposeScope();
        return new DigitSet(cat([Images, other.Images], 0), cat([Labels, other.Labels], 0));
    }

    /// <summary>The first <paramref name="count"/> digits (or all when fewer).</summary>
    public DigitSet Take(long count) => Select(arange(Math.Min(count, Count), dtype: ScalarType.Int64));

    public void Dispose()
    {
        Images.Dispose();
        Labels.Dispose();
    }
}
