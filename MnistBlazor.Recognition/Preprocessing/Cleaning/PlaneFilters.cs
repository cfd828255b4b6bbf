using MnistBlazor.Recognition.Preprocessing.Pixels;

namespace MnistBlazor.Recognition.Preprocessing.Cleaning;

/// <summary>
/// Separable square-window filters over a whole plane, in place: rows first, then columns, which are filtered as
/// rows of a transposed copy because walking a column touches a new cache line per pixel.
/// </summary>
internal static class PlaneFilters
{
    private const int TransposeTile = 16;

    public static void Erode(GrayPlane plane, int radius) => Extreme(plane, radius, maximum: false);

    public static void Dilate(GrayPlane plane, int radius) => Extreme(plane, radius, maximum: true);

    public static void BoxBlur(GrayPlane plane, int radius)
    {
        var longest = Math.Max(plane.Width, plane.Height);
        using var scratch = new PooledArray<float>(longest + 1, clear: false);
        Apply(plane, (line, result) => LineFilters.RunningMean(line, result, radius, scratch.Span));
    }

    private static void Extreme(GrayPlane plane, int radius, bool maximum)
    {
        var longest = Math.Max(plane.Width, plane.Height);
        using var scratch = new PooledArray<float>(LineFilters.ExtremeScratchLength(longest, radius), clear: false);
        Apply(plane, (line, result) => LineFilters.RunningExtreme(line, result, radius, maximum, scratch.Span));
    }

    private delegate void LineFilter(ReadOnlySpan<float> line, Span<float> result);

    private static void Apply(GrayPlane plane, LineFilter filter)
    {
        using var transposed = new GrayPlane(plane.Height, plane.Width);
        using var line = new PooledArray<float>(Math.Max(plane.Width, plane.Height), clear: false);
        FilterRows(plane, line.Span, filter);
        Transpose(plane, transposed);
        FilterRows(transposed, line.Span, filter);
        Transpose(transposed, plane);
    }

    private static void FilterRows(GrayPlane plane, Span<float> line, LineFilter filter)
    {
        var copy = line[..plane.Width];
        for (var y = 0; y < plane.Height; y++)
        {
            var row = plane.Row(y);
            row.CopyTo(copy);
            filter(copy, row);
        }
    }

    private static void Transpose(GrayPlane source, GrayPlane target)
    {
        ReadOnlySpan<float> from = source.Pixels;
        var to = target.Pixels;
        int width = source.Width, height = source.Height;
        for (var tileY = 0; tileY < height; tileY += TransposeTile)
        {
            for (var tileX = 0; tileX < width; tileX += TransposeTile)
            {
                for (var y = tileY; y < Math.Min(height, tileY + TransposeTile); y++)
                {
                    for (var x = tileX; x < Math.Min(width, tileX + TransposeTile); x++)
                    {
                        to[(x * height) + y] = from[(y * width) + x];
                    }
                }
            }
        }
    }
}
