namespace MnistBlazor.Web.Components.ModelCards;

/// <summary>One line of a chart; <see cref="CssClass"/> gives its colour.</summary>
public sealed record LineSeries(string Name, string CssClass, IReadOnlyList<ChartPoint> Points);

public readonly record struct ChartPoint(double X, double Y);
