namespace MnistBlazor.Training.Robustness.Corruptions;

/// <summary>
/// <c>dotted_line</c> (no severity levels): corruptions.py's dotted_line draws line_from_points(0, r0, 27, r1) with
/// r0, r1 uniform in 0..26 (<c>randint(0, 27)</c>), blanks every other pair of columns (0-1, 4-5, ..., 24-25; column 27
/// is outside the line's span), and adds it to the digit. Follows the reference exactly but for the random stream (for
/// given r0, r1, the reference function's bytes).
/// </summary>
public sealed class DottedLine() : MnistCorruption("dotted_line", null)
{
    protected override double[] Corrupt(double[] digit, Random random)
    {
        var r0 = random.Next(0, 27);
        var r1 = random.Next(0, 27);
        return Draw(digit, r0, r1);
    }

    internal static double[] Draw(double[] digit, int r0, int r1)
    {
        var line = LineFromPoints.Draw(0, r0, 27, r1);
        var result = (double[])digit.Clone();
        for (var i = 0; i < result.Length; i++)
        {
            if (IsDash(i % Side))
            {
                result[i] += line[i];
            }
        }

        return result;
    }

    /// <summary>Columns 2-3, 6-7, ...: the reference zeroes [0, 2), [4, 6), ... of the 2-wide slices of 0..30.</summary>
    internal static bool IsDash(int column) => column / 2 % 2 == 1;
}
