namespace MnistBlazor.Training.Robustness.Corruptions;

/// <summary>
/// corruptions.py's line_from_points: a bright band along the line through (c0, r0) and (c1, r1), brightness
/// <c>log(1 - d/2.3) + 1</c> clipped to 0..1 for vertical distance d from the line (so 1 on it, gone by d ≈ 1.45), kept
/// only in columns floor(c0) ≤ column &lt; ceil(c1). A vertical line (c0 = c1) draws nothing, as there.
/// </summary>
internal static class LineFromPoints
{
    private const double Reach = 2.3;

    public static double[] Draw(double c0, double r0, double c1, double r1)
    {
        const int side = MnistCorruption.Side;
        var line = new double[side * side];
        if (c1 == c0)
        {
            return line;
        }

        // The reference slices columns [:floor(c0)] and [ceil(c1):]; a negative start would slice from the right there.
        if (c0 < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(c0), c0, "A line starts at column 0 or right of it.");
        }

        var slope = (r1 - r0) / (c1 - c0);
        var first = (int)Math.Floor(c0);
        var end = Math.Min((int)Math.Ceiling(c1), side);
        for (var column = first; column < end; column++)
        {
            var rowOnLine = (slope * (column - c0)) + r0;
            for (var row = 0; row < side; row++)
            {
                var distance = Math.Clamp(Math.Abs(row - rowOnLine), 0, Reach - 1e-10);
                line[(row * side) + column] = Math.Clamp(Math.Log(1 - (distance / Reach)) + 1, 0, 1);
            }
        }

        return line;
    }
}
