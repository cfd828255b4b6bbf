namespace MnistBlazor.Training.Robustness.Corruptions;

/// <summary>
/// <c>fog</c>, severity 5 (c = (3.0, 1.4)): corruptions.py's fog adds <c>3 · plasma_fractal(256, wibbledecay=1.4)</c>,
/// cropped to its top-left 28x28, and rescales by <c>max / (max + 3)</c> where max is the digit's brightest value, so a
/// white digit keeps a quarter of its contrast over a cloudy grey background. Follows the reference exactly but for
/// the random stream (a blank image stays blank, as there: its max is 0).
/// </summary>
public sealed class Fog() : MnistCorruption("fog", 5)
{
    internal const double Thickness = 3.0;
    private const double WibbleDecay = 1.4;
    private const int MapSize = 256;

    protected override double[] Corrupt(double[] digit, Random random) =>
        Over(digit, PlasmaFractal.Generate(MapSize, WibbleDecay, random), MapSize);

    /// <summary>The reference's fog over a digit, given the plasma map (of side <paramref name="mapSide"/>) to crop from.</summary>
    internal static double[] Over(double[] digit, double[] plasma, int mapSide)
    {
        var max = digit.Max();
        var result = new double[digit.Length];
        for (var i = 0; i < digit.Length; i++)
        {
            var fogged = digit[i] + (Thickness * plasma[(i / Side * mapSide) + (i % Side)]);
            result[i] = fogged * max / (max + Thickness);
        }

        return result;
    }
}
