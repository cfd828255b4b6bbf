using MnistBlazor.Training.Evaluation;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace MnistBlazor.Training.Commands;

/// <summary>One model's test-set figures as terminal tables: per-class precision/recall and the confusion matrix.</summary>
public static class EvaluationReport
{
    public static IRenderable Details(string modelId, OnnxEvaluation evaluation)
    {
        var matrix = new Table().Title($"{modelId}: {evaluation.AccuracyPercent:F2}% on {evaluation.ImageCount} test images (rows true, columns predicted)");
        matrix.AddColumn("digit");
        for (var d = 0; d < 10; d++)
        {
            matrix.AddColumn(new TableColumn(d.ToString(System.Globalization.CultureInfo.InvariantCulture)).RightAligned());
        }
        matrix.AddColumn(new TableColumn("precision").RightAligned());
        matrix.AddColumn(new TableColumn("recall").RightAligned());
        for (var t = 0; t < 10; t++)
        {
            var row = new List<string> { t.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            row.AddRange(evaluation.ConfusionMatrix[t].Select((n, p) => p == t ? $"[green]{n}[/]" : n == 0 ? "[grey]0[/]" : $"[yellow]{n}[/]"));
            var metrics = evaluation.PerClass.First(c => c.Digit == t);
            row.Add($"{metrics.Precision:P2}");
            row.Add($"{metrics.Recall:P2}");
            matrix.AddRow([.. row]);
        }
        return matrix;
    }
}
