using Bunit;
using MnistBlazor.Tests.Web.Components.Fakes;
using MnistBlazor.Web.Components.Prediction;

namespace MnistBlazor.Tests.Web.Components.Prediction;

public sealed class PredictionPanelTests : MudBlazorTestBase
{
    [Fact]
    public void NothingIsShownBeforeTheFirstStroke()
    {
        var cut = Render<PredictionPanel>(ps => ps.Add(p => p.Placeholder, "Start drawing."));

        Assert.Equal("", cut.Find("[data-testid=prediction-digit]").TextContent);
        Assert.Equal("Start drawing.", cut.Find("[data-testid=prediction-verdict]").TextContent);
        Assert.Empty(cut.FindAll(".class-probabilities"));
        Assert.Empty(cut.FindAll("[data-testid=seen-digit]"));
    }

    [Fact]
    public void ADigitShowsTheDigitLargeWithItsConfidence()
    {
        var cut = Render<PredictionPanel>(ps => ps.Add(p => p.Result, FakeResults.Digit(3, 0.93f)));

        Assert.Equal("3", cut.Find("[data-testid=prediction-digit]").TextContent);
        Assert.Equal("It's a 3.", cut.Find("[data-testid=prediction-verdict]").TextContent);
        Assert.Equal("0.930", cut.Find("[data-testid=confidence-bar]").GetAttribute("data-confidence"));
        Assert.Single(cut.FindAll("[data-testid=seen-digit]"));
    }

    [Fact]
    public void UnsureIsSaidPlainlyWithTheBestGuessAndNoDigit()
    {
        var cut = Render<PredictionPanel>(ps => ps.Add(p => p.Result, FakeResults.Unsure(5, 0.41f)));

        Assert.Equal("", cut.Find("[data-testid=prediction-digit]").TextContent);
        Assert.Equal("Unsure: this does not look clearly like any digit (best guess 5, 41 %).",
            cut.Find("[data-testid=prediction-verdict]").TextContent);
    }

    [Fact]
    public void NoDigitIsSaidPlainlyWithoutBars()
    {
        var cut = Render<PredictionPanel>(ps => ps.Add(p => p.Result, FakeResults.NoDigit()));

        Assert.Equal("", cut.Find("[data-testid=prediction-digit]").TextContent);
        Assert.Equal("No digit: nothing that looks like writing was found.", cut.Find("[data-testid=prediction-verdict]").TextContent);
        Assert.Empty(cut.FindAll(".class-probabilities"));
    }

    [Fact]
    public void ErrorIsShownInsteadOfAnAnswer()
    {
        var cut = Render<PredictionPanel>(ps => ps
            .Add(p => p.Error, "Model 'vgg' is unavailable: models/vgg.onnx is missing.")
            .Add(p => p.Placeholder, "Start drawing."));

        Assert.Contains("models/vgg.onnx is missing", cut.Find("[data-testid=prediction-error]").TextContent);
        Assert.Equal("", cut.Find("[data-testid=prediction-verdict]").TextContent);
    }
}
