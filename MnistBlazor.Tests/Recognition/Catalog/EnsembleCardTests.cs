using Microsoft.Extensions.Logging.Abstractions;
using MnistBlazor.Tests.Recognition.Models;
using MnistBlazor.Recognition;
using MnistBlazor.Recognition.Catalog;

namespace MnistBlazor.Tests.Recognition.Catalog;

/// <summary>models/ensemble.json describes the ensemble only while it names exactly the member graphs that loaded.</summary>
public sealed class EnsembleCardTests : IDisposable
{
    private readonly ModelFolder folder = ModelFolder.WithEveryModel();

    [Fact]
    public void CardMeasuredWithTheLoadedMembersDescribesTheEnsemble()
    {
        WriteEnsembleCard(ModelIds.EnsembleMembers);

        using var catalog = Load();

        var card = catalog.Status(ModelIds.Ensemble).Card;
        Assert.NotNull(card);
        Assert.Equal(99.81, card.TestAccuracy);
    }

    [Fact]
    public void CardOfAMemberThatChangedMakesTheEnsembleCardStale()
    {
        WriteEnsembleCard(ModelIds.EnsembleMembers);
        File.WriteAllText(folder.CardPath(ModelIds.ResNet), (ModelFolder.Card(ModelIds.ResNet) with { OnnxSha256 = new string('f', 64) }).ToJson());

        using var catalog = Load();

        Assert.True(catalog.Status(ModelIds.Ensemble).IsAvailable);
        Assert.Null(catalog.Status(ModelIds.Ensemble).Card);
    }

    [Fact]
    public void MemberThatDidNotLoadMakesTheEnsembleCardStale()
    {
        WriteEnsembleCard(ModelIds.EnsembleMembers);
        folder.Corrupt(ModelIds.Vgg);

        using var catalog = Load();

        Assert.True(catalog.Status(ModelIds.Ensemble).IsAvailable);
        Assert.Null(catalog.Status(ModelIds.Ensemble).Card);
    }

    [Fact]
    public void UnreadableCardLeavesTheEnsembleServingWithoutOne()
    {
        File.WriteAllText(Path.Combine(folder.Path, "ensemble.json"), "{ not json");

        using var catalog = Load();

        Assert.True(catalog.Status(ModelIds.Ensemble).IsAvailable);
        Assert.Null(catalog.Status(ModelIds.Ensemble).Card);
    }

    private void WriteEnsembleCard(IEnumerable<string> members) => File.WriteAllText(
        Path.Combine(folder.Path, "ensemble.json"),
        (ModelFolder.Card(ModelIds.Ensemble) with
        {
            TestAccuracy = 99.81,
            OnnxSha256 = "",
            Members = [.. members.Select(id => new EnsembleMember(id, ModelFolder.Card(id).OnnxSha256))],
        }).ToJson());

    private ModelCatalog Load() => ModelCatalog.Load(folder.Path, new RecognitionOptions(), NullLogger.Instance);

    public void Dispose() => folder.Dispose();
}
