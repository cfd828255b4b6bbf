using MnistBlazor.Training.Robustness.Families;

namespace MnistBlazor.Tests.Training.Robustness.Families;

public sealed class RuledPaperTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void LinedPaperHasEvenlySpacedDarkerRowsAndNoDarkerColumnsAwayFromTheInk(int seed)
    {
        var lined = GreyPicture.Decode(LinedPaper.Picture(SyntheticDigit.Seven(), new Random(seed)));

        AssertEvenlySpaced(DarkerRuns(RowProfileInLeftMargin(lined)));
        Assert.Empty(DarkerRuns(ColumnProfileInTopMargin(lined)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void SquaredPaperHasEvenlySpacedDarkerRowsAndColumnsAwayFromTheInk(int seed)
    {
        var squared = GreyPicture.Decode(SquaredPaper.Picture(SyntheticDigit.Seven(), new Random(seed)));

        AssertEvenlySpaced(DarkerRuns(RowProfileInLeftMargin(squared)));
        AssertEvenlySpaced(DarkerRuns(ColumnProfileInTopMargin(squared)));
    }

    // The synthetic digit keeps MNIST's 4-pixel margin, so the outer 10% of the picture is paper and rules only.
    private static float[] RowProfileInLeftMargin(GreyPicture picture) =>
        [.. Enumerable.Range(0, picture.Height).Select(y => picture.Mean((x, row) => row == y && x < picture.Width / 10))];

    private static float[] ColumnProfileInTopMargin(GreyPicture picture) =>
        [.. Enumerable.Range(0, picture.Width).Select(x => picture.Mean((column, y) => column == x && y < picture.Height / 10))];

    /// <summary>Where each run of lines clearly darker than the paper (the profile's median) starts.</summary>
    private static List<int> DarkerRuns(float[] profile)
    {
        var paper = profile.Order().ElementAt(profile.Length / 2);
        var starts = new List<int>();
        for (var i = 0; i < profile.Length; i++)
        {
            if (profile[i] < paper - 20 && (i == 0 || profile[i - 1] >= paper - 20))
            {
                starts.Add(i);
            }
        }

        return starts;
    }

    private static void AssertEvenlySpaced(List<int> starts)
    {
        Assert.True(starts.Count >= 3, $"only {starts.Count} rules");
        var gaps = starts.Zip(starts.Skip(1), (a, b) => b - a).ToList();
        Assert.True(gaps.Max() - gaps.Min() <= 2, $"gaps {string.Join(", ", gaps)}");
    }
}
