using Bunit;
using MnistBlazor.Tests.Web.Components.Fakes;
using MnistBlazor.Web.Components.ModelCards;
using MnistBlazor.Recognition;
using MnistBlazor.Recognition.Catalog;

namespace MnistBlazor.Tests.Web.Components.ModelCards;

public sealed class ModelCardViewTests : MudBlazorTestBase
{
    [Fact]
    public void CardShowsArchitectureParametersAccuracyAndCharts()
    {
        var model = FakeModels.All().Single(m => m.Id == ModelIds.ResNet);

        var cut = Render<ModelCardView>(ps => ps.Add(p => p.Model, model));

        Assert.Equal("99.47 %", cut.Find("[data-testid=test-accuracy]").TextContent);
        Assert.Contains("225,034", cut.Markup);
        Assert.Contains("conv(32) → conv(64)", cut.Markup);
        Assert.Single(cut.FindAll("[data-testid=confusion-heatmap]"));
        Assert.Single(cut.FindAll("[data-testid=training-curves]"));
        Assert.Contains("Available", cut.Find(".mud-chip").TextContent);
    }

    [Fact]
    public void UnavailableModelShowsWhy()
    {
        var model = FakeModels.All().Single(m => m.Id == ModelIds.Vgg);

        var cut = Render<ModelCardView>(ps => ps.Add(p => p.Model, model));

        Assert.Contains("Unavailable", cut.Find(".mud-chip").TextContent);
        Assert.Equal("Unavailable: models/vgg.onnx is missing.", cut.Find(".mud-alert").TextContent);
    }

    [Fact]
    public void EnsembleWithoutACardNamesItsMembers()
    {
        var model = FakeModels.All().Single(m => m.Id == ModelIds.Ensemble);

        var cut = Render<ModelCardView>(ps => ps.Add(p => p.Model, model));

        Assert.Contains("basic-cnn, resnet, vgg", cut.Markup);
    }

    [Fact]
    public void EnsembleWithACardShowsItsAccuracyAndMembersInsteadOfEpochs()
    {
        var card = FakeModels.Card(ModelIds.Ensemble, "Ensemble", 99.74) with
        {
            Epochs = 0,
            TrainingSeconds = 1800,
            TrainingCurve = [],
            Members = [new EnsembleMember(ModelIds.BasicCnn, "a"), new EnsembleMember(ModelIds.ResNet, "b"), new EnsembleMember(ModelIds.Vgg, "c")],
        };
        var model = new ModelStatus(ModelIds.Ensemble, "Ensemble", true, null, card);

        var cut = Render<ModelCardView>(ps => ps.Add(p => p.Model, model));

        Assert.Equal("99.74 %", cut.Find("[data-testid=test-accuracy]").TextContent);
        Assert.Equal("basic-cnn, resnet, vgg, trained in 30 min together", cut.Find("[data-testid=ensemble-members]").TextContent);
        Assert.DoesNotContain("0 epochs", cut.Markup);
    }

    [Fact]
    public void CrossValidationFractionsAreShownInPercent()
    {
        var card = FakeModels.Card(ModelIds.MlNet, "ML.NET", 97.8) with
        {
            CrossValidation = new(5, 0.9712, 0.0021, [0.97, 0.972, 0.971, 0.973, 0.970]),
        };
        var model = new ModelStatus(ModelIds.MlNet, "ML.NET", true, null, card);

        var cut = Render<ModelCardView>(ps => ps.Add(p => p.Model, model));

        Assert.Contains("5 folds: 97.12 % ± 0.21", cut.Markup);
    }

    [Fact]
    public void CrossValidationInPercentKeepsItsSmallSpread()
    {
        var card = FakeModels.Card(ModelIds.BasicCnn, "Basic CNN", 99.56) with
        {
            CrossValidation = new(5, 99.25, 0.12, [99.1, 99.2, 99.3, 99.3, 99.35]),
        };
        var model = new ModelStatus(ModelIds.BasicCnn, "Basic CNN", true, null, card);

        var cut = Render<ModelCardView>(ps => ps.Add(p => p.Model, model));

        Assert.Contains("5 folds: 99.25 % ± 0.12", cut.Markup);
    }
}
