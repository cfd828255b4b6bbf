using Bunit;
using MnistBlazor.Tests.Web.Components.Fakes;
using MnistBlazor.Web.Components.Prediction;
using MnistBlazor.Recognition;

namespace MnistBlazor.Tests.Web.Components.Prediction;

public sealed class ModelComparisonTests : MudBlazorTestBase
{
    [Fact]
    public void EveryModelsAnswerIsListedByName()
    {
        RecognitionResult[] results =
        [
            FakeResults.Digit(7, 0.98f, ModelIds.Ensemble),
            FakeResults.Unsure(1, 0.45f, ModelIds.MlNet),
            FakeResults.NoDigit(ModelIds.BasicCnn),
        ];

        var cut = Render<ModelComparison>(ps => ps
            .Add(p => p.Results, results)
            .Add(p => p.Models, FakeModels.All())
            .Add(p => p.SelectedModelId, ModelIds.MlNet));

        var rows = cut.FindAll("tbody tr");
        Assert.Equal(["Ensemble", "ML.NET", "Basic CNN"], rows.Select(r => r.Children[0].TextContent));
        Assert.Equal(["7", "1?", "none"], rows.Select(r => r.QuerySelector(".model-comparison__answer")!.TextContent));
        Assert.Contains("model-comparison__row--selected", rows[1].ClassList);
    }
}
