namespace MnistBlazor.Training.Robustness.Corruptions;

/// <summary>
/// <c>translate</c>, severity 3 (3 pixels along each axis, each direction chosen at random): corruptions.py's translate.
/// The inverse map reads the input at (x + dx, y + dy), so the digit moves by (-dx, -dy) and black comes in behind it.
/// Follows the reference exactly but for the random stream.
/// </summary>
public sealed class Translate() : MnistCorruption("translate", 3)
{
    internal const int Pixels = 3;

    protected override double[] Corrupt(double[] digit, Random random)
    {
        var dx = Pixels * random.Sign();
        var dy = Pixels * random.Sign();
        return By(digit, dx, dy);
    }

    /// <summary>The reference's warp with translation (dx, dy): the picture moves left by dx and up by dy.</summary>
    internal static double[] By(double[] image, int dx, int dy) => new AffineWarp(1, 0, dx, 0, 1, dy).Apply(image);
}
