namespace MnistBlazor.Training.Robustness.Corruptions;

/// <summary>
/// <c>zigzag</c> (no severity levels): corruptions.py's zigzag. From (2, r0) to (25, r1), r0 uniform in 0..26 and
/// r1 = r0 + uniform in -5..4, a zigzag of half-period a = 2 and amplitude b = 2 is laid along the straight line (of
/// length d), with the reference's last, short segment ending at (d, r_i / (2·(d - max_c))), then rotated onto that line
/// and drawn segment by segment with line_from_points, each added to the digit and clipped. Follows the reference
/// exactly, quirks included, but for the random stream (for given r0, r1, the reference function's bytes).
/// </summary>
public sealed class Zigzag() : MnistCorruption("zigzag", null)
{
    private const double Length = 2;
    private const double Width = 2;
    private const int StartColumn = 2;
    private const int EndColumn = 25;

    protected override double[] Corrupt(double[] digit, Random random)
    {
        var r0 = random.Next(0, 27);
        var r1 = r0 + random.Next(-5, 5);
        return Draw(digit, r0, r1);
    }

    internal static double[] Draw(double[] digit, int r0, int r1)
    {
        var result = (double[])digit.Clone();
        var corners = Corners(r0, r1);
        for (var i = 1; i < corners.Count; i++)
        {
            var line = LineFromPoints.Draw(corners[i - 1].Column, corners[i - 1].Row, corners[i].Column, corners[i].Row);
            for (var p = 0; p < result.Length; p++)
            {
                result[p] = Math.Clamp(result[p] + line[p], 0, 1);
            }
        }

        return result;
    }

    /// <summary>The zigzag's corners in image coordinates, as the reference's endpoints after rotation and offset.</summary>
    internal static List<(double Column, double Row)> Corners(int r0, int r1)
    {
        var theta = Math.Atan((double)(r1 - r0) / (EndColumn - StartColumn));
        var d = (EndColumn - StartColumn) / Math.Cos(theta);
        List<(double C, double R)> flat = [(0, 0)];
        var r = 0.0;
        var teeth = (int)Math.Floor((d - Length) / (2 * Length)) + 1;
        for (var i = 0; i < teeth; i++)
        {
            r = (i % 2 == 0 ? 1 : -1) * Width;
            flat.Add((((2 * i) + 1) * Length, r));
        }

        var lastFull = 2 * Length * Math.Floor(d / (2 * Length));
        if (d != lastFull)
        {
            flat.Add((d, r / (2 * (d - lastFull))));
        }

        var (cos, sin) = (Math.Cos(theta), Math.Sin(theta));
        return [.. flat.Select(p => ((cos * p.C) - (sin * p.R) + StartColumn, (sin * p.C) + (cos * p.R) + r0))];
    }
}
