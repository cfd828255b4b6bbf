using System.Text.Json;

namespace MnistBlazor.Recognition.Catalog;

/// <summary>
/// How the models did under MNIST-C, as the training CLI's `robustness` command measured it through the recognizer:
/// per model and condition, the share of digits answered right, declined, wrong, and right at the top guess. Kept in
/// models/robustness.json beside the cards, with the SHA-256 of each model file it was measured on, so that the app can
/// tell figures for other files from current ones.
/// </summary>
public sealed record RobustnessCard
{
    public const string FileName = "robustness.json";

    public required DateTimeOffset MeasuredUtc { get; init; }

    public required int DigitsPerCondition { get; init; }

    public required int Seed { get; init; }

    /// <summary>The conditions in report order, the clean baseline first.</summary>
    public required IReadOnlyList<string> Conditions { get; init; }

    public required IReadOnlyList<RobustnessModel> Models { get; init; }

    public static RobustnessCard? Read(string modelsDirectory)
    {
        var path = Path.Combine(modelsDirectory, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<RobustnessCard>(File.ReadAllText(path), ModelCard.JsonOptions)
                ?? throw new InvalidDataException($"{path} holds no robustness figures.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not a robustness card: {e.Message}", e);
        }
    }

    /// <summary>What identifies the model file a figure is for: its card's SHA-256, or the ensemble's members' joined;
    /// null without a card.</summary>
    public static string? Fingerprint(ModelCard? card) =>
        card?.Members is { Count: > 0 } members ? string.Join('+', members.Select(m => m.OnnxSha256)) : card?.OnnxSha256;

    /// <summary>Writes the card beside the models, through a temporary file so a reader never sees half of it.</summary>
    public void Write(string modelsDirectory)
    {
        var path = Path.Combine(modelsDirectory, FileName);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(this, ModelCard.JsonOptions));
        File.Move(temporary, path, overwrite: true);
    }
}

/// <param name="ModelFingerprint">The SHA-256 of the model file measured (for the ensemble, its members' joined); null when
/// it had no card.</param>
public sealed record RobustnessModel(string Id, string? ModelFingerprint, IReadOnlyList<RobustnessCell> Cells);

/// <summary>One model under one condition, in percent of the digits; <paramref name="CalibrationError"/> is the expected
/// calibration error of its top probability (percent, 15 bins), null when it never answered.</summary>
public sealed record RobustnessCell(string Condition, double Right, double Declined, double Wrong, double TopGuess, double? CalibrationError = null);
