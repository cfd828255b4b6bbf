namespace MnistBlazor.Training.Robustness.Corruptions;

/// <summary>
/// <c>shear</c>, severity 2 (0.4 radians, direction chosen at random): corruptions.py's shear. skimage's
/// <c>AffineTransform(shear=c)</c> of the reference's era is [[1, -sin c], [0, cos c]], used as the inverse map about the
/// centre (13.5, 13.5) and warped bilinearly with black outside. Follows the reference exactly (the same bytes as
/// skimage 0.19.3's warp for the same angle) but for the random stream.
/// </summary>
public sealed class Shear() : MnistCorruption("shear", 2)
{
    internal const double Angle = 0.4;

    protected override double[] Corrupt(double[] digit, Random random) => By(digit, Angle * random.Sign());

    internal static double[] By(double[] image, double shear) =>
        AffineWarp.AboutCentre(1, -Math.Sin(shear), 0, Math.Cos(shear)).Apply(image);
}
