using MnistBlazor.Recognition.Preprocessing.Pixels;

namespace MnistBlazor.Recognition.Preprocessing.Cleaning;

/// <summary>The image border's tone: one level on a canvas or clean scan, varied under uneven light.</summary>
internal readonly record struct BorderSurvey(bool IsFlat, int Level)
{
    /// <summary>Share of border pixels that must sit near the border's median for the background to count as flat.</summary>
    private const double FlatShare = 0.9;

    public static BorderSurvey Measure(GrayPlane plane, float flatTolerance)
    {
        var ring = Math.Max(1, Math.Min(plane.Width, plane.Height) / 50);
        var histogram = new LevelHistogram();
        for (var y = 0; y < plane.Height; y++)
        {
            var row = plane.Row(y);
            if (y < ring || y >= plane.Height - ring)
            {
                histogram.AddAll(row);
                continue;
            }

            histogram.AddAll(row[..ring]);
            histogram.AddAll(row[^ring..]);
        }

        var level = histogram.Median;
        return new BorderSurvey(histogram.FractionNear(level, flatTolerance) >= FlatShare, level);
    }
}
