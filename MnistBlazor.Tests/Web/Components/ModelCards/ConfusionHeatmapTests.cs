using Bunit;
using MnistBlazor.Tests.Web.Components.Fakes;
using MnistBlazor.Web.Components.ModelCards;

namespace MnistBlazor.Tests.Web.Components.ModelCards;

public sealed class ConfusionHeatmapTests : MudBlazorTestBase
{
    [Fact]
    public void EveryCellIsDrawnWithItsCountInItsTitle()
    {
        var cut = Render<ConfusionHeatmap>(ps => ps.Add(p => p.Matrix, FakeModels.Confusion()));

        var cells = cut.FindAll(".confusion-heatmap__cell");

        Assert.Equal(100, cells.Count);
        Assert.Equal(10, cut.FindAll(".confusion-heatmap__cell--correct").Count);
        Assert.Contains(cells, c => c.QuerySelector("title")!.TextContent == "True 4, predicted 9: 12");
    }

    [Fact]
    public void EmptyCellsHaveNoNumber()
    {
        var cut = Render<ConfusionHeatmap>(ps => ps.Add(p => p.Matrix, FakeModels.Confusion()));

        var counts = cut.FindAll(".confusion-heatmap__count").Select(t => t.TextContent).ToList();

        Assert.Equal(12, counts.Count);
        Assert.Contains("968", counts);
    }

    [Fact]
    public void MalformedMatrixIsReportedInsteadOfDrawn()
    {
        int[][] ragged = [[1, 2], [3]];

        var cut = Render<ConfusionHeatmap>(ps => ps.Add(p => p.Matrix, ragged));

        Assert.Empty(cut.FindAll("svg[data-testid=confusion-heatmap]"));
        Assert.Contains("cannot be drawn", cut.Find(".mud-alert").TextContent);
    }
}
