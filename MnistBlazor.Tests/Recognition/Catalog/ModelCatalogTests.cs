using Microsoft.Extensions.Logging;
using MnistBlazor.Tests.Training.Data.Fakes;
using MnistBlazor.Tests.Recognition.Models;
using MnistBlazor.Recognition;
using MnistBlazor.Recognition.Catalog;

namespace MnistBlazor.Tests.Recognition.Catalog;

public sealed class ModelCatalogTests : IDisposable
{
    private readonly ModelFolder folder = ModelFolder.WithEveryModel();
    private readonly ListLogger logger = new();

    [Fact]
    public void EveryModelInTheFolderLoadsWithItsCard()
    {
        using var catalog = Load();

        Assert.Equal(ModelIds.All, catalog.Models.Select(m => m.Id));
        Assert.All(catalog.Models, m => Assert.True(m.IsAvailable, m.UnavailableReason));
        Assert.Equal("Tiny resnet", catalog.Status(ModelIds.ResNet).DisplayName);
        Assert.Equal(7850, catalog.Status(ModelIds.Vgg).Card?.ParameterCount);
        Assert.Equal([ModelIds.BasicCnn, ModelIds.ResNet, ModelIds.Vgg], catalog.EnsembleMembers.Select(m => m.Id));
    }

    [Fact]
    public void CorruptFileMakesOnlyThatModelUnavailable()
    {
        folder.Corrupt(ModelIds.ResNet);

        using var catalog = Load();

        var resnet = catalog.Status(ModelIds.ResNet);
        Assert.False(resnet.IsAvailable);
        Assert.Contains("not a loadable ONNX model", resnet.UnavailableReason);
        Assert.All(catalog.Models.Where(m => m.Id != ModelIds.ResNet), m => Assert.True(m.IsAvailable));
        Assert.Equal([ModelIds.BasicCnn, ModelIds.Vgg], catalog.EnsembleMembers.Select(m => m.Id));
        Assert.Contains(logger.Warnings, w => w.Contains("resnet") && w.Contains("not a loadable ONNX model"));
    }

    [Fact]
    public void MissingFileIsListedWithTheFolderItWasLookedFor()
    {
        folder.Remove(ModelIds.MlNet);

        using var catalog = Load();

        var mlnet = catalog.Status(ModelIds.MlNet);
        Assert.False(mlnet.IsAvailable);
        Assert.Equal($"mlnet.onnx is not in {folder.Path}", mlnet.UnavailableReason);
        Assert.Throws<ModelUnavailableException>(() => catalog.Get(ModelIds.MlNet));
    }

    [Fact]
    public void WrongInputNameBreaksTheContract()
    {
        folder.Write(ModelIds.Vgg, TinyGraphs.Linear(seed: 5, inputName: "input"));

        using var catalog = Load();

        var reason = catalog.Status(ModelIds.Vgg).UnavailableReason;
        Assert.Equal("vgg.onnx breaks the model contract: expected one input 'image' (float [N,1,28,28] with a dynamic N), found 'input' float [N,1,28,28]", reason);
    }

    [Fact]
    public void WrongOutputWidthBreaksTheContract()
    {
        folder.Write(ModelIds.BasicCnn, TinyGraphs.Linear(seed: 5, classes: 5));

        using var catalog = Load();

        Assert.Contains("output 'probabilities' must be float [N,10] with a dynamic N, found 'probabilities' float [N,5]",
            catalog.Status(ModelIds.BasicCnn).UnavailableReason);
    }

    [Fact]
    public void LogitsInsteadOfProbabilitiesBreakTheContract()
    {
        folder.Write(ModelIds.BasicCnn, TinyGraphs.Linear(seed: 5, softmax: false));

        using var catalog = Load();

        Assert.Contains("probabilities, not logits, are expected", catalog.Status(ModelIds.BasicCnn).UnavailableReason);
    }

    [Fact]
    public void EnsembleIsUnavailableOnlyWhenNoMemberLoads()
    {
        folder.Corrupt(ModelIds.BasicCnn);
        folder.Remove(ModelIds.ResNet);
        using (var oneMember = Load())
        {
            Assert.True(oneMember.Status(ModelIds.Ensemble).IsAvailable);
        }

        folder.Remove(ModelIds.Vgg);
        using var noMember = Load();

        var ensemble = noMember.Status(ModelIds.Ensemble);
        Assert.False(ensemble.IsAvailable);
        Assert.Equal("none of its members (basic-cnn, resnet, vgg) is available", ensemble.UnavailableReason);
        Assert.True(noMember.Status(ModelIds.MlNet).IsAvailable);
    }

    [Fact]
    public void MissingCardFileFallsBackToTheCardInTheGraph()
    {
        File.Delete(folder.CardPath(ModelIds.Vgg));
        folder.Write(ModelIds.Vgg, TinyGraphs.Linear(seed: 3, card: (ModelFolder.Card(ModelIds.Vgg) with { DisplayName = "Embedded" }).ToJson()));

        using var catalog = Load();

        Assert.Equal("Embedded", catalog.Status(ModelIds.Vgg).Card?.DisplayName);
    }

    [Fact]
    public void UnreadableCardLeavesTheModelServingUnderItsDefaultName()
    {
        File.WriteAllText(folder.CardPath(ModelIds.Vgg), "{ not json");

        using var catalog = Load();

        var vgg = catalog.Status(ModelIds.Vgg);
        Assert.True(vgg.IsAvailable);
        Assert.Null(vgg.Card);
        Assert.Equal("VGG-style CNN", vgg.DisplayName);
        Assert.Contains(logger.Warnings, w => w.Contains("vgg.json is unreadable"));
    }

    [Fact]
    public void UnknownGraphIsIgnoredAndLogged()
    {
        folder.Write("lenet", TinyGraphs.Linear(seed: 9));

        using var catalog = Load();

        Assert.DoesNotContain(catalog.Models, m => m.Id == "lenet");
        Assert.Contains(logger.Warnings, w => w.Contains("'lenet' is not a model id"));
    }

    [Fact]
    public void UnknownIdIsRefusedNamingTheKnownOnes()
    {
        using var catalog = Load();

        var error = Assert.Throws<UnknownModelException>(() => catalog.Status("lenet"));

        Assert.Equal("Unknown model 'lenet'; known models: ensemble, basic-cnn, resnet, vgg, mlnet.", error.Message);
    }

    [Fact]
    public void PredictionsAreRowsOfTenProbabilities()
    {
        using var catalog = Load();
        var images = new float[3 * 784];
        images.AsSpan(784, 784).Fill(1f);

        var probabilities = catalog.Get(ModelIds.BasicCnn).Predict(images, count: 3);

        Assert.Equal(30, probabilities.Length);
        Assert.All(probabilities.Chunk(10), row => Assert.Equal(1f, row.Sum(), 3));
    }

    private ModelCatalog Load() => ModelCatalog.Load(folder.Path, new RecognitionOptions(), logger);

    public void Dispose() => folder.Dispose();
}
