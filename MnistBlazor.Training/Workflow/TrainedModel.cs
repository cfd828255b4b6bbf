using System.Text.Json;
using MnistBlazor.Training.Training;
using MnistBlazor.Training.Training.Checkpoints;
using MnistBlazor.Recognition.Catalog;

namespace MnistBlazor.Training.Workflow;

/// <summary>What a finished training run leaves beside its weights (checkpoints/&lt;id&gt;/summary.json), so that
/// export and the model card need no retraining.</summary>
public sealed record TrainingSummary(
    string ModelId,
    TrainingOptions Options,
    TrainingResult Result,
    CrossValidationSummary? CrossValidation,
    string Command)
{
    public const string FileName = "summary.json";
    public const string WeightsFileName = "final.bin";

    public void Save(string directory)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName);
        File.WriteAllText(path + ".tmp", JsonSerializer.Serialize(this, CheckpointState.JsonOptions));
        File.Move(path + ".tmp", path, overwrite: true);
    }

    public static TrainingSummary Load(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No trained model in {directory}: train it first (train --model ...).", path);
        }
        return JsonSerializer.Deserialize<TrainingSummary>(File.ReadAllText(path), CheckpointState.JsonOptions)
            ?? throw new InvalidDataException($"{path} is empty.");
    }
}
