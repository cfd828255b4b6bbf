using Bunit;
using MnistBlazor.Tests.Web.Components.Fakes;
using MnistBlazor.Web.Components.ModelCards;
using MnistBlazor.Recognition;
using MnistBlazor.Recognition.Catalog;

namespace MnistBlazor.Tests.Web.Components.ModelCards;

public sealed class TrainingCurveChartTests : MudBlazorTestBase
{
    [Fact]
    public void LossAndAccuracyAreDrawnPerEpoch()
    {
        var curve = FakeModels.Card(ModelIds.BasicCnn, "Basic CNN", 99.1).TrainingCurve;

        var cut = Render<TrainingCurveChart>(ps => ps.Add(p => p.Points, curve));

        var lines = cut.FindAll("polyline");
        Assert.Equal(["training", "validation", "validation"], lines.Select(l => l.QuerySelector("title")!.TextContent));
        Assert.All(lines, l => Assert.Equal(3, l.GetAttribute("points")!.Split(' ').Length));
        Assert.Contains(cut.FindAll(".line-chart__tick"), t => t.TextContent == "98.9%");
    }

    [Fact]
    public void FinalFitCurveDrawsTrainingLossAndSaysNothingWasHeldOut()
    {
        TrainingCurvePoint[] curve = [new(1, 0.31, null, null, 0.001), new(2, 0.09, null, null, 0.0005)];

        var cut = Render<TrainingCurveChart>(ps => ps.Add(p => p.Points, curve));

        var line = Assert.Single(cut.FindAll("polyline"));
        Assert.Equal("training", line.QuerySelector("title")!.TextContent);
        Assert.Equal(2, line.GetAttribute("points")!.Split(' ').Length);
        Assert.Contains("nothing was held out", cut.Find("[data-testid=no-validation]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingCurveSaysSo()
    {
        var cut = Render<TrainingCurveChart>(ps => ps.Add(p => p.Points, Array.Empty<TrainingCurvePoint>()));

        Assert.Empty(cut.FindAll("polyline"));
        Assert.Contains("No loss recorded.", cut.Markup);
    }
}
