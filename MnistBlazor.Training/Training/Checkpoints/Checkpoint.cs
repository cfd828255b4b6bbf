using System.Text.Json;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace MnistBlazor.Training.Training.Checkpoints;

/// <summary>A training run's checkpoint: a folder holding the weights, the best weights, the optimizer state and
/// <see cref="CheckpointState"/>, and the weight average where the run keeps one. Saved after every epoch into a fresh folder that then replaces the old one, so a run
/// killed at any moment leaves the previous complete checkpoint.</summary>
public sealed class Checkpoint(string directory)
{
    private const string StateFile = "state.json";
    private const string WeightsFile = "model.bin";
    private const string BestWeightsFile = "best.bin";
    private const string OptimizerFile = "optimizer.bin";
    private const string AverageFile = "average.bin";

    public string Directory { get; } = Path.GetFullPath(directory);

    private string Previous => Directory + ".previous";

    public bool Exists => File.Exists(Path.Combine(Directory, StateFile)) || File.Exists(Path.Combine(Previous, StateFile));

    public void Save(CheckpointState state, nn.Module model, IReadOnlyDictionary<string, Tensor>? bestWeights, OptimizerHelper optimizer,
        IReadOnlyDictionary<string, Tensor>? averageWeights = null)
    {
        var staging = $"{Directory}.staging-{Environment.ProcessId}";
        if (System.IO.Directory.Exists(staging))
        {
            System.IO.Directory.Delete(staging, recursive: true);
        }
        System.IO.Directory.CreateDirectory(staging);
        model.save(Path.Combine(staging, WeightsFile));
        if (bestWeights is not null)
        {
            TensorDictionaryFile.Save(Path.Combine(staging, BestWeightsFile), bestWeights);
        }
        optimizer.save_state_dict(Path.Combine(staging, OptimizerFile));
        if (averageWeights is not null)
        {
            TensorDictionaryFile.Save(Path.Combine(staging, AverageFile), averageWeights);
        }
        File.WriteAllText(Path.Combine(staging, StateFile), JsonSerializer.Serialize(state, CheckpointState.JsonOptions));
        Swap(staging);
    }

    /// <summary>Loads the checkpoint into <paramref name="model"/> and <paramref name="optimizer"/>; returns its state, best
    /// weights and weight average (null where it has none).</summary>
    public (CheckpointState State, Dictionary<string, Tensor>? BestWeights, Dictionary<string, Tensor>? AverageWeights) Load(nn.Module model, OptimizerHelper optimizer, string expectedFingerprint)
    {
        var folder = File.Exists(Path.Combine(Directory, StateFile)) ? Directory : Previous;
        var statePath = Path.Combine(folder, StateFile);
        if (!File.Exists(statePath))
        {
            throw new FileNotFoundException($"No checkpoint to resume in {Directory}.", statePath);
        }
        var state = JsonSerializer.Deserialize<CheckpointState>(File.ReadAllText(statePath), CheckpointState.JsonOptions)
            ?? throw new InvalidDataException($"{statePath} is empty.");
        if (state.Fingerprint != expectedFingerprint)
        {
            throw new InvalidOperationException(
                $"The checkpoint in {folder} was made with other settings ({state.Fingerprint}) than this run ({expectedFingerprint}); " +
                "run with the same options, or without --resume to start over.");
        }
        model.load(Path.Combine(folder, WeightsFile));
        optimizer.load_state_dict(Path.Combine(folder, OptimizerFile));
        return (state, LoadTensors(Path.Combine(folder, BestWeightsFile)), LoadTensors(Path.Combine(folder, AverageFile)));
    }

    public void Delete()
    {
        foreach (var folder in new[] { Directory, Previous })
        {
            if (System.IO.Directory.Exists(folder))
            {
                System.IO.Directory.Delete(folder, recursive: true);
            }
        }
    }

    // Old checkpoint -> .previous, staging -> checkpoint, then drop .previous: at every instant one complete copy exists.
    private void Swap(string staging)
    {
        if (System.IO.Directory.Exists(Previous))
        {
            System.IO.Directory.Delete(Previous, recursive: true);
        }
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Move(Directory, Previous);
        }
        System.IO.Directory.Move(staging, Directory);
        if (System.IO.Directory.Exists(Previous))
        {
            System.IO.Directory.Delete(Previous, recursive: true);
        }
    }

    private static Dictionary<string, Tensor>? LoadTensors(string path) =>
        File.Exists(path) ? TensorDictionaryFile.Load(path) : null;
}
