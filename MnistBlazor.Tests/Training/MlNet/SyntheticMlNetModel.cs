using MnistBlazor.Training.Data;
using MnistBlazor.Training.MlNet;

namespace MnistBlazor.Tests.Training.MlNet;

/// <summary>An mlnet model trained once per test class on 1,000 synthetic digits (a few LightGBM rounds), exported to a temp folder.</summary>
public sealed class SyntheticMlNetModel : IAsyncLifetime
{
    public static readonly MlNetDigitOptions QuickOptions = new() { Iterations = 20, Leaves = 8, MinimumExamplesPerLeaf = 5 };

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"mlnet-tests-{Guid.NewGuid():N}");

    public MlNetDigitModel Model { get; private set; } = null!;
    public string OnnxPath => Path.Combine(_folder, "mlnet.onnx");
    public string Folder => _folder;
    /// <summary>Images the model did not see, with 5% wrong labels so accuracy is below 100%.</summary>
    public (IdxImages Images, byte[] Labels) Unseen { get; } = SevenSegmentDigits.Create(300, seed: 2, wrongLabelShare: 0.05);

    public async Task InitializeAsync()
    {
        var (images, labels) = SevenSegmentDigits.Create(1000, seed: 1);
        Model = await MlNetDigitTrainer.TrainAsync(images, labels, QuickOptions);
        MlNetOnnxExport.Export(Model, OnnxPath);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
