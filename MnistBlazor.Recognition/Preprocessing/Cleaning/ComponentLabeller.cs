namespace MnistBlazor.Recognition.Preprocessing.Cleaning;

/// <summary>
/// Labels 8-connected components of pixels at or above a threshold (labels start at 1; 0 = none). Works on
/// horizontal runs joined by union-find, so each ink pixel costs a comparison rather than a neighbourhood visit.
/// </summary>
internal static class ComponentLabeller
{
    public static List<InkComponent> Label(ReadOnlySpan<float> strength, int width, int height, float threshold, Span<int> labels)
    {
        var runs = FindRuns(strength, width, height, threshold, out var parents);
        var components = new List<InkComponent>();
        var labelOfRoot = new int[parents.Count];
        var extents = new List<(int Area, int MinX, int MinY, int MaxX, int MaxY)>();
        labels.Clear();
        foreach (var run in runs)
        {
            var root = Find(parents, run.Set);
            if (labelOfRoot[root] == 0)
            {
                extents.Add((0, width, height, -1, -1));
                labelOfRoot[root] = extents.Count;
            }

            var label = labelOfRoot[root];
            var (area, minX, minY, maxX, maxY) = extents[label - 1];
            extents[label - 1] = (area + run.End - run.Start + 1, Math.Min(minX, run.Start), Math.Min(minY, run.Y), Math.Max(maxX, run.End), Math.Max(maxY, run.Y));
            labels.Slice((run.Y * width) + run.Start, run.End - run.Start + 1).Fill(label);
        }

        for (var i = 0; i < extents.Count; i++)
        {
            var (area, minX, minY, maxX, maxY) = extents[i];
            components.Add(new InkComponent(i + 1, area, minX, minY, maxX, maxY, width, height));
        }

        return components;
    }

    private static List<Run> FindRuns(ReadOnlySpan<float> strength, int width, int height, float threshold, out List<int> parents)
    {
        // Sized for a typical digit (a couple of runs a row), so the lists rarely grow.
        var runs = new List<Run>(2 * height);
        parents = new List<int>(2 * height);
        int previousRowFirst = 0, previousRowEnd = 0;
        for (var y = 0; y < height; y++)
        {
            var row = strength.Slice(y * width, width);
            var rowFirst = runs.Count;
            var above = previousRowFirst;
            for (var x = InkRuns.NextFrom(row, 0, threshold); x < width; x = InkRuns.NextFrom(row, x + 1, threshold))
            {
                var start = x;
                x = InkRuns.RunEnd(row, x, threshold);

                var set = parents.Count;
                parents.Add(set);

                // Runs on the row above that touch [start-1, x+1] (diagonals included) belong to the same component.
                while (above < previousRowEnd && runs[above].End < start - 1)
                {
                    above++;
                }

                for (var candidate = above; candidate < previousRowEnd && runs[candidate].Start <= x + 1; candidate++)
                {
                    Union(parents, set, runs[candidate].Set);
                }

                runs.Add(new Run(y, start, x, set));
            }

            (previousRowFirst, previousRowEnd) = (rowFirst, runs.Count);
        }

        return runs;
    }

    private static int Find(List<int> parents, int set)
    {
        while (parents[set] != set)
        {
            parents[set] = parents[parents[set]];
            set = parents[set];
        }

        return set;
    }

    private static void Union(List<int> parents, int a, int b)
    {
        int rootA = Find(parents, a), rootB = Find(parents, b);
        if (rootA != rootB)
        {
            parents[Math.Max(rootA, rootB)] = Math.Min(rootA, rootB);
        }
    }

    private readonly record struct Run(int Y, int Start, int End, int Set);
}
