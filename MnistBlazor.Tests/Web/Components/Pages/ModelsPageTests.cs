using Bunit;
using MnistBlazor.Recognition.Catalog;
using MnistBlazor.Tests.Training.Data.Fakes;
using MnistBlazor.Web.Components.Pages;

namespace MnistBlazor.Tests.Web.Components.Pages;

public sealed class ModelsPageTests : MudBlazorTestBase
{
    [Fact]
    public void EveryModelGetsACardInTheRecognizersOrder()
    {
        var cut = Render<MnistBlazor.Web.Components.Pages.Models>();

        var cards = cut.FindAll("[data-testid=model-card]");

        Assert.Equal(["ensemble", "basic-cnn", "resnet", "vgg", "mlnet"], cards.Select(c => c.GetAttribute("data-model")));
    }

    [Fact]
    public void WithoutRobustnessFiguresNoHeatMapIsShown()
    {
        var cut = Render<MnistBlazor.Web.Components.Pages.Models>();

        Assert.Empty(cut.FindAll("[data-testid=robustness-heatmap]"));
    }

    [Fact]
    public void RobustnessFiguresAreShownAsAHeatMapAndStaleOnesAreMarked()
    {
        using var folder = new TemporaryDirectory();
        new RobustnessCard
        {
            MeasuredUtc = new DateTimeOffset(2026, 12, 4, 5, 0, 0, TimeSpan.Zero),
            DigitsPerCondition = 100,
            Seed = 2019,
            Conditions = ["clean", "fog"],
            Models =
            [
                new RobustnessModel("basic-cnn", "not the served file", [new("clean", 99, 1, 0, 99.5), new("fog", 60, 30, 10, 82)]),
            ],
        }.Write(folder.Path);
        RobustnessDirectory = folder.Path;

        var cut = Render<MnistBlazor.Web.Components.Pages.Models>();

        Assert.Equal(["99.5", "82.0"], cut.FindAll("[data-testid=robustness-cell]").Select(c => c.TextContent));
        Assert.Equal("--shade: 0.1", cut.FindAll("[data-testid=robustness-cell]")[1].GetAttribute("style"));
        Assert.Single(cut.FindAll("[data-testid=robustness-stale]"));
    }

    [Fact]
    public void AFileThatIsNotARobustnessCardIsNamedInsteadOfShown()
    {
        using var folder = new TemporaryDirectory();
        File.WriteAllText(Path.Combine(folder.Path, RobustnessCard.FileName), "{ not json");
        RobustnessDirectory = folder.Path;

        var cut = Render<MnistBlazor.Web.Components.Pages.Models>();

        Assert.Contains("is not a robustness card", cut.Find(".mud-alert").TextContent, StringComparison.Ordinal);
        Assert.Equal(5, cut.FindAll("[data-testid=model-card]").Count);
    }
}
