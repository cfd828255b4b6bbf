namespace MnistBlazor.Training.Robustness.Corruptions;

/// <summary>
/// <c>scale</c>, severity 3 (inverse map scale 1/0.7, so the digit shrinks to 0.7 of its size about the centre
/// (13.5, 13.5)): corruptions.py's scale, warped bilinearly with black outside. Not random. Follows the reference
/// exactly: the same bytes as skimage 0.19.3's warp.
/// </summary>
public sealed class Scale() : MnistCorruption("scale", 3)
{
    internal const double Factor = 0.7;

    protected override double[] Corrupt(double[] digit, Random random) =>
        AffineWarp.AboutCentre(1 / Factor, 0, 0, 1 / Factor).Apply(digit);
}
