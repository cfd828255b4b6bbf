using System.Text.Json;
using System.Text.Json.Serialization;

namespace MnistBlazor.Recognition.Catalog;

/// <summary>What is known about one shipped model: written by the training project as models/&lt;id&gt;.json
/// (and into the graph's metadata_props), read by the app.</summary>
public sealed record ModelCard
{
    public required string Id { get; init; }
    public required string DisplayName { get; init; }
    public required string Architecture { get; init; }
    public required long ParameterCount { get; init; }
    /// <summary>Accuracy on the full 10,000-image MNIST test set, percent, two decimals.</summary>
    public required double TestAccuracy { get; init; }
    public double? TestLogLoss { get; init; }
    public CrossValidationSummary? CrossValidation { get; init; }
    public required int Epochs { get; init; }
    public required double TrainingSeconds { get; init; }
    public double? SecondsPerEpoch { get; init; }
    /// <summary>Rows are true digits, columns predicted digits, on the test set.</summary>
    public required int[][] ConfusionMatrix { get; init; }
    public IReadOnlyList<ClassMetrics> PerClass { get; init; } = [];
    public IReadOnlyList<TrainingCurvePoint> TrainingCurve { get; init; } = [];
    public required DateTimeOffset CreatedUtc { get; init; }
    public required string OnnxSha256 { get; init; }
    public required string Command { get; init; }
    /// <summary>The ensemble's card only: the member graphs it was measured with (the card is stale once one changes).</summary>
    public IReadOnlyList<EnsembleMember>? Members { get; init; }

    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    public static ModelCard FromJson(string json) =>
        JsonSerializer.Deserialize<ModelCard>(json, JsonOptions)
        ?? throw new JsonException("The model card is empty.");
}

public sealed record CrossValidationSummary(int Folds, double MeanAccuracy, double StdAccuracy, IReadOnlyList<double> FoldAccuracies);

public sealed record EnsembleMember(string Id, string OnnxSha256);

public sealed record ClassMetrics(int Digit, double Precision, double Recall);

public sealed record TrainingCurvePoint(int Epoch, double TrainLoss, double? ValidationLoss, double? ValidationAccuracy, double LearningRate);
