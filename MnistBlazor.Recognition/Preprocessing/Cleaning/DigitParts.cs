namespace MnistBlazor.Recognition.Preprocessing.Cleaning;

/// <summary>
/// Picks the components that form the digit: the main one (large and central) plus nearby parts big enough to be
/// strokes (the bar of a 5, the stem of a 7); specks, distant marks and, in photos, edge shadows are left out.
/// </summary>
internal static class DigitParts
{
    public static BlankReason Select(
        List<InkComponent> components, int width, int height, bool photo, DigitPreprocessorOptions options, out List<InkComponent> kept)
    {
        kept = [];
        if (components.Count == 0)
        {
            return BlankReason.NoInk;
        }

        var minArea = Math.Max(2f, options.MinComponentFraction * width * height);
        // In photos, marks touching the frame are paper edges, shadows or the desk: the digit is one only if nothing else is.
        var sizeable = components.Where(c => c.Area >= minArea).ToList();
        var inside = photo ? sizeable.Where(c => !c.TouchesBorder).ToList() : sizeable;
        var main = (inside.Count > 0 ? inside : sizeable).MaxBy(c => Score(c, width, height));
        if (main is null || main.LongerSide < options.MinDigitSideFraction * Math.Min(width, height))
        {
            return BlankReason.OnlySpecks;
        }

        kept.Add(main);
        int minX = main.MinX, minY = main.MinY, maxX = main.MaxX, maxY = main.MaxY;
        var maxGap = options.DigitPartMaxGapFraction * main.LongerSide;
        var minPartArea = Math.Max(minArea, options.DigitPartMinAreaFraction * main.Area);
        var candidates = components.Where(c => c != main && c.Area >= minPartArea && !(photo && c.TouchesBorder)).ToList();
        for (var added = true; added;)
        {
            added = false;
            foreach (var part in candidates.Where(c => Gap(c, minX, minY, maxX, maxY) <= maxGap).ToList())
            {
                kept.Add(part);
                candidates.Remove(part);
                (minX, minY) = (Math.Min(minX, part.MinX), Math.Min(minY, part.MinY));
                (maxX, maxY) = (Math.Max(maxX, part.MaxX), Math.Max(maxY, part.MaxY));
                added = true;
            }
        }

        return BlankReason.None;
    }

    private static float Score(InkComponent component, int width, int height)
    {
        float dx = component.CentreX - (width / 2f), dy = component.CentreY - (height / 2f);
        var halfDiagonal = MathF.Sqrt((width * width) + (height * height)) / 2f;
        var centrality = 1f - (0.5f * MathF.Min(1f, MathF.Sqrt((dx * dx) + (dy * dy)) / halfDiagonal));
        return component.Area * centrality;
    }

    private static int Gap(InkComponent c, int minX, int minY, int maxX, int maxY) =>
        Math.Max(Math.Max(0, Math.Max(c.MinX - maxX, minX - c.MaxX) - 1), Math.Max(0, Math.Max(c.MinY - maxY, minY - c.MaxY) - 1));
}
