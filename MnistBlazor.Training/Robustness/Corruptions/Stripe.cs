namespace MnistBlazor.Training.Robustness.Corruptions;

/// <summary>
/// <c>stripe</c> (no severity levels): corruptions.py's stripe inverts columns 0..6 and 21..27 (<c>255 - x</c>), leaving
/// the middle 14 columns as they were. Not random. Follows the reference exactly.
/// </summary>
public sealed class Stripe() : MnistCorruption("stripe", null)
{
    internal const int LeftEnd = 7;
    internal const int RightStart = 21;

    protected override double[] Corrupt(double[] digit, Random random)
    {
        var result = (double[])digit.Clone();
        for (var i = 0; i < result.Length; i++)
        {
            var column = i % Side;
            if (column is < LeftEnd or >= RightStart)
            {
                result[i] = 1 - result[i];
            }
        }

        return result;
    }
}
