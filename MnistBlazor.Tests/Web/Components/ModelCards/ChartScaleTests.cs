using MnistBlazor.Web.Components.ModelCards;

namespace MnistBlazor.Tests.Web.Components.ModelCards;

public sealed class ChartScaleTests
{
    [Fact]
    public void DataCornersMapOntoTheDrawingAreaWithYUpwards()
    {
        var scale = new ChartScale([new ChartPoint(1, 0.5), new ChartPoint(3, 1.5)], left: 10, top: 5, width: 100, height: 50);

        Assert.Equal(10, scale.X(1));
        Assert.Equal(110, scale.X(3));
        Assert.Equal(55, scale.Y(0.5));
        Assert.Equal(5, scale.Y(1.5));
    }

    [Fact]
    public void FlatSeriesIsDrawnAcrossTheMiddle()
    {
        var scale = new ChartScale([new ChartPoint(1, 2), new ChartPoint(2, 2)], 0, 0, 100, 100);

        Assert.Equal(50, scale.Y(2));
    }

    [Fact]
    public void PolylineUsesInvariantNumbers()
    {
        var scale = new ChartScale([new ChartPoint(0, 0), new ChartPoint(2, 1)], 0, 0, 100, 100);

        Assert.Equal("0,100 50,50 100,0", scale.Polyline([new(0, 0), new(1, 0.5), new(2, 1)]));
    }

    [Fact]
    public void NoFinitePointsIsRefused()
    {
        Assert.Throws<ArgumentException>(() => new ChartScale([new ChartPoint(double.NaN, 1)], 0, 0, 1, 1));
    }
}
