using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace MnistBlazor.Recognition.Preprocessing.Cleaning;

/// <summary>A 256-bin histogram of grey levels: percentiles and Otsu in one pass instead of sorting.</summary>
internal sealed class LevelHistogram
{
    public const int Levels = 256;

    private readonly int[] counts = new int[Levels];

    public int Total { get; private set; }

    public void Add(float level)
    {
        counts[Bin(level)]++;
        Total++;
    }

    public void AddAll(ReadOnlySpan<float> levels)
    {
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            // Background is mostly exactly 0 once subtracted: eight such pixels at a time go straight to bin 0.
            ref var start = ref MemoryMarshal.GetReference(levels);
            for (; i <= levels.Length - Vector256<float>.Count; i += Vector256<float>.Count)
            {
                if (Vector256.LessThanOrEqualAll(Vector256.LoadUnsafe(ref start, (nuint)i), Vector256<float>.Zero))
                {
                    counts[0] += Vector256<float>.Count;
                    continue;
                }

                foreach (var level in levels.Slice(i, Vector256<float>.Count))
                {
                    counts[Bin(level)]++;
                }
            }
        }

        foreach (var level in levels[i..])
        {
            counts[Bin(level)]++;
        }

        Total += levels.Length;
    }

    /// <summary>The lowest level with at least <paramref name="fraction"/> of the samples at or below it.</summary>
    public int Percentile(double fraction)
    {
        var needed = Math.Max(1, (long)Math.Ceiling(fraction * Total));
        long seen = 0;
        for (var level = 0; level < Levels; level++)
        {
            seen += counts[level];
            if (seen >= needed)
            {
                return level;
            }
        }

        return Levels - 1;
    }

    public int Median => Percentile(0.5);

    /// <summary>Fraction of samples within <paramref name="tolerance"/> levels of <paramref name="centre"/>.</summary>
    public double FractionNear(int centre, float tolerance)
    {
        long near = 0;
        for (var level = Math.Max(0, centre - (int)tolerance); level <= Math.Min(Levels - 1, centre + (int)tolerance); level++)
        {
            near += counts[level];
        }

        return Total == 0 ? 0 : (double)near / Total;
    }

    /// <summary>Sum of distances from <paramref name="level"/> of the samples more than <paramref name="tolerance"/> below (or above) it.</summary>
    public long MassBeyond(int level, float tolerance, bool below)
    {
        long mass = 0;
        for (var bin = 0; bin < Levels; bin++)
        {
            var distance = below ? level - bin : bin - level;
            if (distance > tolerance)
            {
                mass += (long)distance * counts[bin];
            }
        }

        return mass;
    }

    /// <summary>Median absolute deviation from the median, scaled to a normal standard deviation.</summary>
    public float RobustSigma()
    {
        var median = Median;
        var deviations = new LevelHistogram();
        for (var level = 0; level < Levels; level++)
        {
            deviations.counts[Math.Abs(level - median)] += counts[level];
        }

        deviations.Total = Total;
        return 1.4826f * deviations.Median;
    }

    /// <summary>Otsu's threshold: the first level of the upper class that best separates two classes.</summary>
    public int Otsu()
    {
        double totalSum = 0;
        for (var level = 0; level < Levels; level++)
        {
            totalSum += (double)level * counts[level];
        }

        double lowCount = 0, lowSum = 0, bestVariance = -1;
        var best = 0;
        for (var level = 0; level < Levels - 1; level++)
        {
            lowCount += counts[level];
            lowSum += (double)level * counts[level];
            var highCount = Total - lowCount;
            if (lowCount == 0 || highCount == 0)
            {
                continue;
            }

            var meanDifference = (lowSum / lowCount) - ((totalSum - lowSum) / highCount);
            var variance = lowCount * highCount * meanDifference * meanDifference;
            if (variance > bestVariance)
            {
                bestVariance = variance;
                best = level;
            }
        }

        return best + 1;
    }

    private static int Bin(float level) => level <= 0 ? 0 : level >= Levels - 1 ? Levels - 1 : (int)level;
}
