namespace MnistBlazor.Training.Robustness.Corruptions;

/// <summary>
/// <c>rotate</c>, severity 2 (0.4 radians, about 23 degrees, direction chosen at random): corruptions.py's rotate.
/// skimage's <c>AffineTransform(rotation=c)</c>, [[cos c, -sin c], [sin c, cos c]], as the inverse map about the centre
/// (13.5, 13.5), warped bilinearly with black outside. Follows the reference exactly (the same bytes as
/// skimage 0.19.3's warp for the same angle) but for the random stream.
/// </summary>
public sealed class Rotate() : MnistCorruption("rotate", 2)
{
    internal const double Angle = 0.4;

    protected override double[] Corrupt(double[] digit, Random random) => By(digit, Angle * random.Sign());

    internal static double[] By(double[] image, double radians) =>
        AffineWarp.AboutCentre(Math.Cos(radians), -Math.Sin(radians), Math.Sin(radians), Math.Cos(radians)).Apply(image);
}
