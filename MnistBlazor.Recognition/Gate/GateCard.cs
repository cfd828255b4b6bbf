using System.Text.Json;

namespace MnistBlazor.Recognition.Gate;

/// <summary>What models/gate/digit-gate.json says about the gate: how it was made and how it did on its own
/// held-out synthetic samples (percent right per kind of sample, the threshold at 0.5).</summary>
public sealed record GateCard
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public required string Id { get; init; }
    public required string DisplayName { get; init; }
    public required string Architecture { get; init; }
    public long Parameters { get; init; }
    public double ValidationAccuracy { get; init; }
    public required IReadOnlyDictionary<string, double> ValidationAccuracyByKind { get; init; }
    public int TrainingSamples { get; init; }
    public int ValidationSamples { get; init; }
    public required IReadOnlyList<string> Fonts { get; init; }
    public int Epochs { get; init; }
    public double TrainingSeconds { get; init; }
    public DateTimeOffset CreatedUtc { get; init; }
    public string OnnxSha256 { get; init; } = "";
    public required string Command { get; init; }

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
