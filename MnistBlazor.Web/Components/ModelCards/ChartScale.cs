using System.Globalization;

namespace MnistBlazor.Web.Components.ModelCards;

/// <summary>Maps data onto a chart's drawing area (SVG y grows downwards) and picks the axis ticks.</summary>
public sealed class ChartScale
{
    private readonly double minX, maxX, minY, maxY;

    public ChartScale(IEnumerable<ChartPoint> points, double left, double top, double width, double height)
    {
        ArgumentNullException.ThrowIfNull(points);
        var all = points.Where(p => double.IsFinite(p.X) && double.IsFinite(p.Y)).ToList();
        if (all.Count == 0)
        {
            throw new ArgumentException("A chart needs at least one finite point.", nameof(points));
        }

        (minX, maxX) = Widen(all.Min(p => p.X), all.Max(p => p.X));
        (minY, maxY) = Widen(all.Min(p => p.Y), all.Max(p => p.Y));
        Left = left;
        Top = top;
        Width = width;
        Height = height;
    }

    public double Left { get; }

    public double Top { get; }

    public double Width { get; }

    public double Height { get; }

    public double X(double x) => Left + ((x - minX) / (maxX - minX) * Width);

    public double Y(double y) => Top + Height - ((y - minY) / (maxY - minY) * Height);

    /// <summary>An SVG polyline "points" attribute.</summary>
    public string Polyline(IEnumerable<ChartPoint> points) => string.Join(' ', points
        .Where(p => double.IsFinite(p.X) && double.IsFinite(p.Y))
        .Select(p => string.Create(CultureInfo.InvariantCulture, $"{X(p.X):0.##},{Y(p.Y):0.##}")));

    /// <summary>Lowest, middle and highest value of the y axis.</summary>
    public IReadOnlyList<double> YTicks => [minY, (minY + maxY) / 2, maxY];

    public IReadOnlyList<double> XTicks => [minX, maxX];

    // A flat series still needs a range to divide by.
    private static (double Low, double High) Widen(double low, double high) =>
        high > low ? (low, high) : (low - 0.5, high + 0.5);
}
