using MnistBlazor.Training.Architectures;
using MnistBlazor.Training.Data;
using MnistBlazor.Training.Data.Acquisition;
using MnistBlazor.Training.Export;
using MnistBlazor.Training.Training;
using MnistBlazor.Training.Training.Checkpoints;
using MnistBlazor.Training.Workflow;
using MnistBlazor.Recognition.Catalog;
using MnistBlazor.Recognition.Gate;
using static TorchSharp.torch;

namespace MnistBlazor.Training.Gate;

/// <summary>Trains the digit gate on <see cref="GateSamples"/>, checkpointing every epoch, and publishes it as
/// models/gate/digit-gate.onnx with its card. The shipped file is replaced only once the new one is complete.</summary>
public sealed class DigitGateTraining(WorkflowPaths paths, ITrainingReporter reporter)
{
    public const int TrainingSamples = 90_000;
    public const int ValidationSamples = 10_000;
    public const int QuickSamples = 1_500;
    private const int TrainingSeed = 7001;
    private const int ValidationSeed = 7002;

    public static TrainingOptions Options { get; } = new()
    {
        ModelId = GateContract.ModelId,
        Epochs = 8,
        Patience = 0,
        MaxLearningRate = 3e-3,
        // Measured: with random affine distortion the gate reached 93.7% on its validation samples, without it 99.9%.
        Augmentation = AugmentationOptions.None,
    };

    public GateCard TrainAndPublish(MnistPaths mnist, TrainingOptions shipped, bool quick, bool resume, string command, CancellationToken cancellationToken)
    {
        var fonts = GateFonts.Load(GateFonts.GateFiles);
        var samples = new GateSamples(IdxReader.ReadImages(mnist.TrainImages), fonts);
        var (train, _) = samples.Build(quick ? QuickSamples : TrainingSamples, TrainingSeed);
        var (validation, validationKinds) = samples.Build(quick ? QuickSamples / 3 : ValidationSamples, ValidationSeed);
        using (train)
        using (validation)
        {
            var options = quick ? shipped with { Epochs = 1, BatchSize = 64 } : shipped;
            random.manual_seed(options.Seed);
            using var model = Architecture.Create(GateContract.ModelId);
            var trainer = new Trainer(options, reporter.Progress(GateContract.ModelId));
            var checkpoint = new Checkpoint(Path.Combine(paths.CheckpointFor(GateContract.ModelId), "run"));
            var result = trainer.Train(model, train, validation, checkpoint, resume, cancellationToken);
            model.eval();

            var card = new GateCard
            {
                Id = GateContract.ModelId,
                DisplayName = Architecture.DisplayName(GateContract.ModelId),
                Architecture = Architecture.Describe(GateContract.ModelId),
                Parameters = Architecture.ParameterCount(model),
                ValidationAccuracy = Math.Round(result.BestValidationAccuracy.GetValueOrDefault() * 100, 2),
                ValidationAccuracyByKind = AccuracyByKind(model, validation, validationKinds),
                TrainingSamples = (int)train.Count,
                ValidationSamples = (int)validation.Count,
                Fonts = [.. GateFonts.GateFiles.Select(f => Path.GetFileName(f.Path))],
                Epochs = result.History.Count,
                TrainingSeconds = Math.Round(result.TrainingSeconds, 1),
                CreatedUtc = DateTimeOffset.UtcNow,
                Command = command,
            };
            return Publish(model, card);
        }
    }

    private static Dictionary<string, double> AccuracyByKind(nn.Module<Tensor, Tensor> model, DigitSet set, string[] kinds)
    {
        using var probabilities = ModelScoring.Probabilities(model, set.Images);
        using var predicted = probabilities.argmax(1);
        var right = predicted.eq(set.Labels).data<bool>().ToArray();
        return kinds.Select((kind, i) => (kind, right[i]))
            .GroupBy(k => k.kind)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Math.Round(100.0 * g.Count(k => k.Item2) / g.Count(), 2));
    }

    private GateCard Publish(nn.Module<Tensor, Tensor> model, GateCard card)
    {
        var onnxPath = GateContract.PathIn(paths.Models);
        var folder = Path.GetDirectoryName(onnxPath)!;
        Directory.CreateDirectory(folder);
        var staging = onnxPath + ".new";
        try
        {
            OnnxExporter.Export(model, GateContract.ModelId, staging,
                new Dictionary<string, string> { [OnnxContract.ModelCardKey] = card.ToJson() }, GateContract.ClassCount);
            card = card with { OnnxSha256 = ModelPublisher.Sha256(staging) };
            ModelPublisher.Install(staging, onnxPath, Path.Combine(folder, GateContract.CardFileName), card.ToJson());
            return card;
        }
        finally
        {
            File.Delete(staging);
        }
    }
}
