using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace MnistBlazor.Recognition.Preprocessing.Cleaning;

/// <summary>Finds runs of ink in a row of strengths eight pixels at a time: most of a plane is background, and testing
/// it pixel by pixel was most of the labelling's time. Same comparisons as one at a time, so the same runs.</summary>
internal static class InkRuns
{
    /// <summary>The first index from <paramref name="from"/> on that is not below <paramref name="threshold"/>, or the row's length.</summary>
    public static int NextFrom(ReadOnlySpan<float> row, int from, float threshold)
    {
        var x = from;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var start = ref MemoryMarshal.GetReference(row);
            var limit = Vector256.Create(threshold);
            for (; x <= row.Length - Vector256<float>.Count; x += Vector256<float>.Count)
            {
                var ink = ~Vector256.LessThan(Vector256.LoadUnsafe(ref start, (nuint)x), limit).ExtractMostSignificantBits() & 0xFFu;
                if (ink != 0)
                {
                    return x + System.Numerics.BitOperations.TrailingZeroCount(ink);
                }
            }
        }

        while (x < row.Length && row[x] < threshold)
        {
            x++;
        }

        return x;
    }

    /// <summary>The last index of the run of pixels at or above <paramref name="threshold"/> that starts at <paramref name="start"/>.</summary>
    public static int RunEnd(ReadOnlySpan<float> row, int start, float threshold)
    {
        var x = start + 1;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var first = ref MemoryMarshal.GetReference(row);
            var limit = Vector256.Create(threshold);
            for (; x <= row.Length - Vector256<float>.Count; x += Vector256<float>.Count)
            {
                var gap = ~Vector256.GreaterThanOrEqual(Vector256.LoadUnsafe(ref first, (nuint)x), limit).ExtractMostSignificantBits() & 0xFFu;
                if (gap != 0)
                {
                    return x + System.Numerics.BitOperations.TrailingZeroCount(gap) - 1;
                }
            }
        }

        while (x < row.Length && row[x] >= threshold)
        {
            x++;
        }

        return x - 1;
    }
}
