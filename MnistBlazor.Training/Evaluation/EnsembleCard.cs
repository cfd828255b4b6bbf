using MnistBlazor.Recognition;
using MnistBlazor.Recognition.Catalog;
using MnistBlazor.Recognition.Verdicts;

namespace MnistBlazor.Training.Evaluation;

/// <summary>The ensemble's card, models/ensemble.json: its test performance and the member graphs (by SHA-256) it was
/// measured with, so the app can tell when the card no longer describes what it serves.</summary>
public static class EnsembleCard
{
    public static ModelCard Create(IReadOnlyList<ModelCard> members, OnnxEvaluation evaluation, string command)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        if (members.Count == 0)
        {
            throw new ArgumentException("The ensemble's card needs its members' cards.", nameof(members));
        }
        return new ModelCard
        {
            Id = ModelIds.Ensemble,
            DisplayName = ModelNames.DisplayName(ModelIds.Ensemble),
            Architecture = $"Mean of the class probabilities of {string.Join(", ", members.Select(m => m.DisplayName))}, each on the digit and {StabilityViews.Count - 1} slightly moved copies",
            ParameterCount = members.Sum(m => m.ParameterCount),
            TestAccuracy = evaluation.AccuracyPercent,
            TestLogLoss = Math.Round(evaluation.LogLoss, 4),
            Epochs = 0,
            TrainingSeconds = Math.Round(members.Sum(m => m.TrainingSeconds), 1),
            ConfusionMatrix = evaluation.ConfusionMatrix,
            PerClass = evaluation.PerClass,
            CreatedUtc = DateTimeOffset.UtcNow,
            OnnxSha256 = "",
            Command = command,
            Members = [.. members.Select(m => new EnsembleMember(m.Id, m.OnnxSha256))],
        };
    }
}
