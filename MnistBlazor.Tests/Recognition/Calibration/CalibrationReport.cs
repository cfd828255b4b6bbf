using System.Globalization;
using System.Text;
using System.Text.Json;
using MnistBlazor.Recognition;
using MnistBlazor.Recognition.Verdicts;

namespace MnistBlazor.Tests.Recognition.Calibration;

/// <summary>The calibration's result as Markdown: the fitted thresholds and, per model, how they fare on a set.</summary>
internal static class CalibrationReport
{
    public static string Write(VerdictThresholds thresholds, string setName, IReadOnlyList<ScoredSample> samples, IEnumerable<string> modelIds)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Thresholds (Recognition:Verdict):");
        text.AppendLine();
        text.AppendLine("```json");
        text.AppendLine(JsonSerializer.Serialize(thresholds, new JsonSerializerOptions { WriteIndented = true }));
        text.AppendLine("```");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"On the {setName} ({Counts(samples)}); declined = unsure or no digit, wrong = a confident wrong digit:");
        text.AppendLine();
        text.AppendLine("| model | letters declined | scribbles declined | noise declined | MNIST digits declined | drawn digits declined | typed digits declined | all digits declined | digits wrong |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|");
        var rule = new VerdictRule(thresholds);
        foreach (var id in modelIds)
        {
            var outcomes = CategoryOutcome.Evaluate(samples, id, rule);
            var digits = outcomes.Where(o => CalibrationSet.DigitCategories.Contains(o.Category)).ToList();
            var wrong = (double)digits.Sum(o => o.Wrong) / Math.Max(1, digits.Sum(o => o.Count));
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {id} | {Percent(outcomes, CalibrationSet.Letters)} | {Percent(outcomes, CalibrationSet.Scribbles)} | {Percent(outcomes, CalibrationSet.Noise)} | {Percent(outcomes, CalibrationSet.MnistDigits)} | {Percent(outcomes, CalibrationSet.DrawnDigits)} | {Percent(outcomes, CalibrationSet.TypedDigits)} | {CategoryOutcome.DigitsDeclined(outcomes):P1} | {wrong:P1} |");
        }

        return text.ToString();
    }

    /// <summary>Which letters and scribble kinds a model most often takes for digits, to see where the rule falls short.</summary>
    public static string Misses(IReadOnlyList<ScoredSample> samples, string modelId, VerdictRule rule) =>
        string.Join(", ", samples
            .Where(s => !s.Sample.IsDigit && s.Decide(modelId, rule) is { Verdict: Verdict.Digit })
            .GroupBy(s => $"{s.Sample.Category}/{s.Sample.Kind}")
            .OrderByDescending(g => g.Count())
            .Take(15)
            .Select(g => $"{g.Key} x{g.Count()}"));

    private static string Percent(IReadOnlyList<CategoryOutcome> outcomes, string category) =>
        CategoryOutcome.Rate(outcomes, category).ToString("P1", CultureInfo.InvariantCulture);

    private static string Counts(IReadOnlyList<ScoredSample> samples) =>
        string.Join(", ", samples.GroupBy(s => s.Sample.Category).Select(g => $"{g.Count()} {g.Key}"));
}
