using MnistBlazor.Tests.Training.Data.Fakes;
using MnistBlazor.Tests.Recognition.Models;
using MnistBlazor.Recognition;
using MnistBlazor.Recognition.Catalog;
using MnistBlazor.Recognition.Gate;

namespace MnistBlazor.Tests.Recognition.Catalog;

public sealed class DigitGateLoadingTests : IDisposable
{
    private readonly ModelFolder folder = ModelFolder.WithEveryModel();
    private readonly ListLogger logger = new();

    [Fact]
    public void GateInItsFolderLoadsBesideTheDigitModels()
    {
        WriteGate(TinyGraphs.Linear(seed: 3, classes: GateContract.ClassCount));

        using var catalog = Load();

        Assert.True(catalog.GateStatus.IsAvailable, catalog.GateStatus.UnavailableReason);
        var likeness = catalog.Gate!.Predict(new float[784]);
        Assert.Equal(2, likeness.Length);
        Assert.Equal(1f, likeness.Sum(), precision: 5);
        Assert.All(catalog.Models, m => Assert.True(m.IsAvailable, m.UnavailableReason));
    }

    [Fact]
    public void MissingGateIsReportedAndTheDigitModelsStillServe()
    {
        folder.RemoveGate();

        using var catalog = Load();

        Assert.Null(catalog.Gate);
        Assert.False(catalog.GateStatus.IsAvailable);
        Assert.Contains("digit-gate.onnx is not in", catalog.GateStatus.UnavailableReason);
        Assert.All(catalog.Models, m => Assert.True(m.IsAvailable, m.UnavailableReason));
    }

    [Fact]
    public void GateWithTenOutputsBreaksTheGateContract()
    {
        WriteGate(TinyGraphs.Linear(seed: 3));

        using var catalog = Load();

        Assert.Null(catalog.Gate);
        Assert.Contains("output 'probabilities' must be float [N,2]", catalog.GateStatus.UnavailableReason);
        Assert.Contains(logger.Warnings, w => w.Contains("digit-gate") && w.Contains("[N,2]"));
    }

    [Fact]
    public void GateInTheModelsFolderItselfIsNotTakenForADigitModel()
    {
        folder.RemoveGate();
        folder.Write(GateContract.ModelId, TinyGraphs.Linear(seed: 3, classes: GateContract.ClassCount));

        using var catalog = Load();

        Assert.DoesNotContain(catalog.Models, m => m.Id == GateContract.ModelId);
        Assert.Null(catalog.Gate);
    }

    public void Dispose() => folder.Dispose();

    private void WriteGate(MnistBlazor.Training.Export.Onnx.ModelProto model)
    {
        var path = GateContract.PathIn(folder.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, TinyGraphs.Bytes(model));
    }

    private ModelCatalog Load() => ModelCatalog.Load(folder.Path, new RecognitionOptions(), logger);
}
