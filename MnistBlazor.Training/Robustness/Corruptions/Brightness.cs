namespace MnistBlazor.Training.Robustness.Corruptions;

/// <summary>
/// <c>brightness</c>, severity 5 (c = 0.5): corruptions.py's brightness goes gray → RGB → HSV, adds c to V (clipped at
/// 1), and back to gray. A grey pixel has hue and saturation 0 and V equal to its value, and skimage's rgb2gray weights
/// (0.2125, 0.7154, 0.0721) sum to 1, so the round trip is exactly <c>min(x + c, 1)</c>, computed here directly.
/// Not random; the same bytes as the reference's HSV round trip (skimage 0.19.3). The background becomes mid grey; the
/// ink stays white.
/// </summary>
public sealed class Brightness() : MnistCorruption("brightness", 5)
{
    internal const double Added = 0.5;

    protected override double[] Corrupt(double[] digit, Random random) => Array.ConvertAll(digit, x => Math.Min(x + Added, 1));
}
