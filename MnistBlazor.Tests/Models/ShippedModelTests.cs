using MnistBlazor.Training.Export;
using MnistBlazor.Training.Workflow;
using MnistBlazor.Recognition;
using MnistBlazor.Recognition.Catalog;
using OnnxContract = MnistBlazor.Recognition.Catalog.OnnxContract;

namespace MnistBlazor.Tests.Models;

/// <summary>The graphs and cards committed in models/: what a fresh clone runs the app on.</summary>
public sealed class ShippedModelTests
{
    private static readonly string ModelsDirectory = WorkflowPaths.FromDirectory(AppContext.BaseDirectory).Models;

    public static TheoryData<string> ShippedCards() =>
        [.. Directory.GetFiles(ModelsDirectory, "*.onnx").Select(Path.GetFileNameWithoutExtension).OfType<string>()];

    [Fact]
    public void EveryTrainableModelIsShipped()
    {
        foreach (var id in ModelPipeline.TrainableIds)
        {
            Assert.True(File.Exists(Path.Combine(ModelsDirectory, $"{id}.onnx")), $"models/{id}.onnx is missing.");
            Assert.True(File.Exists(Path.Combine(ModelsDirectory, $"{id}.json")), $"models/{id}.json is missing.");
        }
    }

    [Fact]
    public void EnsembleCardWasMeasuredWithTheShippedMembers()
    {
        var card = ModelCard.FromJson(File.ReadAllText(Path.Combine(ModelsDirectory, EnsembleCardFile.Name)));

        Assert.Equal(ModelIds.Ensemble, card.Id);
        Assert.Equal(
            ModelIds.EnsembleMembers.Select(id => new EnsembleMember(id, ModelPublisher.Sha256(Path.Combine(ModelsDirectory, $"{id}.onnx")))),
            card.Members);
        Assert.InRange(card.TestAccuracy, 99.0, 100.0);
    }

    [Theory]
    [MemberData(nameof(ShippedCards))]
    public void ShippedCardNamesTheHashOfItsGraph(string id)
    {
        var card = ModelCard.FromJson(File.ReadAllText(Path.Combine(ModelsDirectory, $"{id}.json")));

        Assert.Equal(id, card.Id);
        Assert.Equal(ModelPublisher.Sha256(Path.Combine(ModelsDirectory, $"{id}.onnx")), card.OnnxSha256);
    }

    [Theory]
    [MemberData(nameof(ShippedCards))]
    public void GraphCarriesTheSameCardWithoutItsOwnHash(string id)
    {
        var card = ModelCard.FromJson(File.ReadAllText(Path.Combine(ModelsDirectory, $"{id}.json")));

        var embedded = ModelCard.FromJson(OnnxModelFile.ReadMetadata(Path.Combine(ModelsDirectory, $"{id}.onnx"))[OnnxContract.ModelCardKey]);

        Assert.Equal((card with { OnnxSha256 = "" }).ToJson(), embedded.ToJson());
    }
}
