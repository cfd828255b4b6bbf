using Bunit;
using MnistBlazor.Tests.Web.Components.Fakes;
using MnistBlazor.Web.Components.Prediction;

namespace MnistBlazor.Tests.Web.Components.Prediction;

public sealed class ClassProbabilitiesTests : MudBlazorTestBase
{
    [Fact]
    public void EveryDigitGetsABarWithItsProbability()
    {
        var cut = Render<ClassProbabilities>(ps => ps.Add(p => p.Probabilities, FakeResults.Probabilities(4, 0.91f)));

        var rows = cut.FindAll(".class-probabilities__row");
        Assert.Equal(10, rows.Count);
        Assert.Equal(Enumerable.Range(0, 10).Select(d => d.ToString()), rows.Select(r => r.GetAttribute("data-digit")));
        Assert.Equal("91 %", rows[4].QuerySelector(".class-probabilities__value")!.TextContent);
        Assert.Equal("1 %", rows[0].QuerySelector(".class-probabilities__value")!.TextContent);
    }

    [Fact]
    public void MostProbableDigitIsHighlighted()
    {
        var cut = Render<ClassProbabilities>(ps => ps.Add(p => p.Probabilities, FakeResults.Probabilities(8, 0.6f)));

        var best = cut.Find(".class-probabilities__row--best");

        Assert.Equal("8", best.GetAttribute("data-digit"));
        Assert.Single(cut.FindAll(".class-probabilities__row--best"));
    }
}
