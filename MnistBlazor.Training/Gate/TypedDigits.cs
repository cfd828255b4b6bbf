using MnistBlazor.Training.Data;
using MnistBlazor.Web.Recognition.Preprocessing;
using SkiaSharp;

namespace MnistBlazor.Training.Gate;

/// <summary>Digits typed in fonts (<see cref="GateCanvas.Text"/>), preprocessed as the app does, labelled 0-9: extra
/// training digits for the classifiers, so typed and printed digits are not as foreign to them as MNIST leaves them.</summary>
public static class TypedDigits
{
    public static DigitSet Build(IReadOnlyList<SKTypeface> fonts, int count, int seed)
    {
        var preprocessor = new DigitPreprocessor();
        var samples = Enumerable.Range(0, count).AsParallel().AsOrdered().Select(i =>
        {
            var random = new Random(GateSamples.SampleSeed(i, seed));
            var digit = random.Next(10);
            using var image = GateCanvas.Text(digit.ToString(System.Globalization.CultureInfo.InvariantCulture), fonts[random.Next(fonts.Count)], random);
            var result = preprocessor.Process(image);
            return (Pixels: result.IsBlank ? null : result.Digit.Pixels.ToArray(), Label: (long)digit);
        }).Where(s => s.Pixels is not null).ToArray();

        return DigitSet.FromImages([.. samples.Select(s => s.Pixels!)], [.. samples.Select(s => s.Label)]);
    }
}
