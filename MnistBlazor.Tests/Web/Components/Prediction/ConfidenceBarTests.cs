using Bunit;
using MnistBlazor.Web.Components.Prediction;
using MnistBlazor.Recognition;

namespace MnistBlazor.Tests.Web.Components.Prediction;

public sealed class ConfidenceBarTests : MudBlazorTestBase
{
    [Fact]
    public void BarIsFilledToTheConfidenceAndLabelled()
    {
        var cut = Render<ConfidenceBar>(ps => ps.Add(p => p.Confidence, 0.876f).Add(p => p.Verdict, Verdict.Digit));

        var bar = cut.Find("[data-testid=confidence-bar]");
        Assert.Equal("87.6", bar.QuerySelector("[role=progressbar]")?.GetAttribute("aria-valuenow") ?? bar.GetAttribute("aria-valuenow"));
        Assert.Equal("Confidence 88 %", cut.Find(".confidence-bar__label").TextContent);
    }

    [Theory]
    [InlineData(Verdict.Digit, "mud-progress-linear-color-success")]
    [InlineData(Verdict.Unsure, "mud-progress-linear-color-warning")]
    public void BarColourFollowsTheVerdict(Verdict verdict, string colourClass)
    {
        var cut = Render<ConfidenceBar>(ps => ps.Add(p => p.Confidence, 0.5f).Add(p => p.Verdict, verdict));

        Assert.Contains(colourClass, cut.Find("[data-testid=confidence-bar]").ClassList);
    }
}
