using System.Text.Json;
using System.Text.Json.Serialization;
using MnistBlazor.Training.Training.Schedules;

namespace MnistBlazor.Training.Training.Checkpoints;

/// <summary>The JSON part of a checkpoint: everything but tensors.</summary>
public sealed record CheckpointState
{
    public required string Fingerprint { get; init; }
    public required int CompletedEpochs { get; init; }
    public required long Step { get; init; }
    public required IReadOnlyList<EpochMetrics> History { get; init; }
    public required double BestLoss { get; init; }
    public required int BestEpoch { get; init; }
    public required int EpochsWithoutImprovement { get; init; }
    public required ScheduleState Schedule { get; init; }
    /// <summary>torch's global generator state after the last completed epoch.</summary>
    public required byte[] RngState { get; init; }
    public required double TrainingSeconds { get; init; }
    /// <summary>Updates of the weight average so far (0 without one).</summary>
    public long AverageUpdates { get; init; }

    internal static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };
}
