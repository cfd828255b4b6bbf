using MnistBlazor.Training.Data;
using SkiaSharp;

namespace MnistBlazor.Training.Gate;

/// <summary>Digits typed in fonts (<see cref="GateCanvas.Text"/>), preprocessed as the app does, labelled 0-9: extra
/// training digits for the classifiers, so typed and printed digits are not as foreign to them as MNIST leaves them.</summary>
public static class TypedDigits
{
    public static DigitSet Build(IReadOnlyList<SKTypeface> fonts, int count, int seed) =>
        SyntheticSet.Build(count, seed, random =>
        {
            var digit = random.Next(10);
            var text = digit.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return (GateCanvas.Text(text, fonts[random.Next(fonts.Count)], random), digit, "typed digit");
        }).Set;
}
