using Bunit;
using MnistBlazor.Tests.Web.Components.Fakes;
using MnistBlazor.Web.Components.Models;
using MnistBlazor.Recognition;
using MudBlazor;

namespace MnistBlazor.Tests.Web.Components.Models;

public sealed class ModelSelectTests : MudBlazorTestBase
{
    [Fact]
    public void ClosedSelectShowsTheChosenModelWithItsAccuracy()
    {
        var cut = Render<ModelSelect>(ps => ps.Add(p => p.Value, ModelIds.ResNet));

        Assert.Equal("ResNet · 99.47 %", cut.Find("input[data-testid=model-select]").GetAttribute("value"));
    }

    [Fact]
    public void EveryModelIsListedAndUnavailableOnesAreDisabledWithTheReason()
    {
        var popovers = RenderPopoverProvider();
        var cut = Render<ModelSelect>(ps => ps.Add(p => p.Value, ModelIds.Ensemble));

        cut.Find("div.mud-input-control").MouseDown();

        var items = popovers.FindAll(".mud-list-item");
        Assert.Equal(5, items.Count);
        var vgg = popovers.Find("[data-model=vgg]");
        Assert.Contains("Unavailable: models/vgg.onnx is missing.", vgg.TextContent);
        Assert.Contains("mud-list-item-disabled", vgg.ClassList);
        Assert.Contains("99.12 % test accuracy", popovers.Find("[data-model=basic-cnn]").TextContent);
    }

    [Fact]
    public void ChoosingAModelReportsItsId()
    {
        string? chosen = null;
        var popovers = RenderPopoverProvider();
        var cut = Render<ModelSelect>(ps => ps
            .Add(p => p.Value, ModelIds.Ensemble)
            .Add(p => p.ValueChanged, id => chosen = id));
        cut.Find("div.mud-input-control").MouseDown();

        popovers.Find("[data-model=mlnet]").Click();

        Assert.Equal(ModelIds.MlNet, chosen);
    }

    [Fact]
    public void DefaultIsTheEnsembleWhenItCanRun() =>
        Assert.Equal(ModelIds.Ensemble, ModelLabels.DefaultModelId(FakeModels.All()));

    [Fact]
    public void DefaultFallsBackToTheFirstAvailableModel()
    {
        var models = FakeModels.All().Select(m => m.Id == ModelIds.Ensemble ? m with { IsAvailable = false, UnavailableReason = "no members" } : m).ToList();

        Assert.Equal(ModelIds.BasicCnn, ModelLabels.DefaultModelId(models));
    }
}
