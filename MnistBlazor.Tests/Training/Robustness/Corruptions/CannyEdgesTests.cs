using MnistBlazor.Training.Robustness.Corruptions;

namespace MnistBlazor.Tests.Training.Robustness.Corruptions;

public sealed class CannyEdgesTests
{
    // skimage 0.19.3's feature.canny of TestDigits.Seven() / 255, the reference's call.
    private static readonly string[] SkimageEdgesOfTheSeven =
    [
        "............................",
        "............................",
        "............................",
        "............................",
        "............................",
        "........###########.........",
        "......##...........###......",
        "......#..............#......",
        "......##.............#......",
        "........#########...##......",
        "................#...#.......",
        "................#..##.......",
        "...............##..#........",
        "...............#..##........",
        "..............##..#.........",
        "..............#..##.........",
        ".............##..#..........",
        ".............#..##..........",
        "............#...#...........",
        "............#..##...........",
        "...........#...#............",
        "...........#..##............",
        "...........#..#.............",
        "...........####.............",
        "............................",
        "............................",
        "............................",
        "............................",
    ];

    [Fact]
    public void TheEdgesOfTheSevenAreSkimagesEdges()
    {
        var edges = new CannyEdges().Apply(TestDigits.Seven(), new Random(1));

        Assert.Equal(SkimageEdgesOfTheSeven, Picture(edges));
    }

    [Fact]
    public void AFilledSquareGivesItsOutline()
    {
        var edges = new CannyEdges().Apply(TestDigits.Square(8, 8, 12), new Random(1));

        // The step lies between rows (columns) 7 and 8 and between 19 and 20; the edge keeps to those pixels.
        static bool OnBoundary(int i) => i / 28 is 7 or 8 or 19 or 20 && i % 28 is >= 7 and <= 20
            || i % 28 is 7 or 8 or 19 or 20 && i / 28 is >= 7 and <= 20;
        Assert.All(edges, p => Assert.True(p is 0 or 255));
        Assert.All(PixelMeasures.Indices(edges, p => p == 255), i => Assert.True(OnBoundary(i), $"edge at ({i / 28}, {i % 28})"));
        Assert.All(Enumerable.Range(9, 10), k =>
        {
            Assert.True(PixelMeasures.At(edges, 7, k) + PixelMeasures.At(edges, 8, k) > 0, $"top open at column {k}");
            Assert.True(PixelMeasures.At(edges, 19, k) + PixelMeasures.At(edges, 20, k) > 0, $"bottom open at column {k}");
            Assert.True(PixelMeasures.At(edges, k, 7) + PixelMeasures.At(edges, k, 8) > 0, $"left open at row {k}");
            Assert.True(PixelMeasures.At(edges, k, 19) + PixelMeasures.At(edges, k, 20) > 0, $"right open at row {k}");
        });
    }

    [Fact]
    public void ABlankImageHasNoEdges()
    {
        Assert.All(new CannyEdges().Apply(TestDigits.Blank(), new Random(1)), p => Assert.Equal(0, p));
    }

    private static string[] Picture(byte[] pixels) =>
        [.. Enumerable.Range(0, 28).Select(r => string.Concat(Enumerable.Range(0, 28).Select(c => PixelMeasures.At(pixels, r, c) == 255 ? '#' : '.')))];
}
