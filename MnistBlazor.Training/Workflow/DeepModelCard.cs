using MnistBlazor.Training.Architectures;
using MnistBlazor.Training.Evaluation;
using MnistBlazor.Recognition.Catalog;
using static TorchSharp.torch;

namespace MnistBlazor.Training.Workflow;

/// <summary>The model card of a deep network: architecture and training from the run, test figures from the ONNX graph.</summary>
public static class DeepModelCard
{
    public static ModelCard Create(nn.Module<Tensor, Tensor> model, TrainingSummary summary, OnnxEvaluation evaluation) => new()
    {
        Id = summary.ModelId,
        DisplayName = Architecture.DisplayName(summary.ModelId),
        Architecture = Architecture.Describe(summary.ModelId),
        ParameterCount = Architecture.ParameterCount(model),
        TestAccuracy = evaluation.AccuracyPercent,
        TestLogLoss = Math.Round(evaluation.LogLoss, 4),
        CrossValidation = summary.CrossValidation,
        Epochs = summary.Result.History.Count,
        TrainingSeconds = Math.Round(summary.Result.TrainingSeconds, 1),
        SecondsPerEpoch = Math.Round(summary.Result.SecondsPerEpoch, 1),
        ConfusionMatrix = evaluation.ConfusionMatrix,
        PerClass = evaluation.PerClass,
        TrainingCurve = [.. summary.Result.History.Select(h => new TrainingCurvePoint(
            h.Epoch, Math.Round(h.TrainLoss, 4), h.ValidationLoss is { } loss ? Math.Round(loss, 4) : null,
            h.ValidationAccuracy is { } accuracy ? Math.Round(accuracy * 100, 2) : null, h.LearningRate))],
        CreatedUtc = DateTimeOffset.UtcNow,
        OnnxSha256 = "",
        Command = summary.Command,
    };
}
