using MnistBlazor.Training.Data;
using MnistBlazor.Recognition.Preprocessing;
using MnistBlazor.Recognition.Verdicts;
using static TorchSharp.torch;

namespace MnistBlazor.Tests.Recognition.Calibration;

/// <summary>Fits <see cref="DigitShapes"/> from the MNIST training set: per digit, the mean and the leading principal
/// components of its images, and the median distance of further training images of it from that subspace.</summary>
internal static class DigitShapesFit
{
    public const int Components = 20;
    private const int FitImages = 3000;
    private const int ScaleImages = 500;

    public static DigitShapes Fit(string imagesPath, string labelsPath)
    {
        var images = IdxReader.ReadImages(imagesPath);
        var labels = IdxReader.ReadLabels(labelsPath);
        var means = new float[10][];
        var components = new float[10][];
        var typical = new float[10];
        for (var digit = 0; digit < 10; digit++)
        {
            var indices = Enumerable.Range(0, images.Count).Where(i => labels[i] == digit).Take(FitImages + ScaleImages).ToArray();
            var pixels = indices.SelectMany(i => images.Pixels.AsSpan(i * DigitImage.PixelCount, DigitImage.PixelCount).ToArray().Select(p => p / 255f)).ToArray();
            using (var scope = NewDisposeScope())
            {
                var fit = tensor(pixels.AsSpan(0, FitImages * DigitImage.PixelCount).ToArray(), [FitImages, DigitImage.PixelCount]);
                var mean = fit.mean([0]);
                var (_, _, vh) = linalg.svd(fit - mean, fullMatrices: false);
                means[digit] = mean.data<float>().ToArray();
                components[digit] = vh[..Components].contiguous().data<float>().ToArray();
            }

            var unscaled = new DigitShapes(
                [.. Enumerable.Range(0, 10).Select(d => d == digit ? means[digit] : new float[DigitImage.PixelCount])],
                [.. Enumerable.Range(0, 10).Select(d => d == digit ? components[digit] : new float[Components * DigitImage.PixelCount])],
                [.. Enumerable.Repeat(1f, 10)]);
            var distances = Enumerable.Range(FitImages, indices.Length - FitImages)
                .Select(i => unscaled.Distance(pixels.AsSpan(i * DigitImage.PixelCount, DigitImage.PixelCount), digit))
                .Order()
                .ToList();
            typical[digit] = distances[distances.Count / 2];
        }

        return new DigitShapes(means, components, typical);
    }
}
