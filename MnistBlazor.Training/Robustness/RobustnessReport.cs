using System.Globalization;
using System.Text;

namespace MnistBlazor.Training.Robustness;

/// <summary>The robustness run as Markdown: top-guess accuracy per model and condition, then each model's right /
/// declined / wrong split, the mean over the corruptions, and the error's rise beside the paper's.</summary>
public static class RobustnessReport
{
    public static string Render(RobustnessTally tally, IReadOnlyList<string> conditions, IReadOnlyList<string> models, RobustnessSetup setup)
    {
        ArgumentNullException.ThrowIfNull(tally);
        ArgumentNullException.ThrowIfNull(conditions);
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(setup);
        var corruptions = conditions.Where(c => c != RobustnessCondition.CleanName).ToList();
        var text = new StringBuilder();
        Line(text, $"# MNIST-C through the recognizer ({setup.When:yyyy-MM-dd HH:mm} UTC)");
        Line(text, "");
        Line(text, $"The first {setup.Digits} digits of the MNIST test set, each changed by every corruption (MNIST-C's definitions and "
            + $"severities, `MnistBlazor.Training/Robustness/Corruptions/`, seed {setup.Seed}), encoded as a 28x28 PNG and sent through the "
            + $"app's own recognizer as an upload (preprocessing, the models in `{setup.ModelsDirectory}`, verdicts). Right: the verdict is "
            + "the digit; declined: unsure or no digit; wrong: another digit; top guess: the most probable digit, whatever the verdict. "
            + "ECE: the expected calibration error of the top probability against the top guess being right (15 bins; Guo et al. 2017). "
            + "MNIST-C is a test: nothing is trained, tuned or calibrated on it.");
        Line(text, "");
        Line(text, "## Top guess right (%)");
        Line(text, "");
        Line(text, $"| condition | {string.Join(" | ", models)} |");
        Line(text, $"| --- |{string.Concat(models.Select(_ => " --- |"))}");
        foreach (var condition in conditions)
        {
            Line(text, $"| {condition} | {string.Join(" | ", models.Select(m => Percent(tally.Row(condition, m).TopPercent)))} |");
        }

        Line(text, $"| **mean of {corruptions.Count} corruptions** | {string.Join(" | ", models.Select(m => Percent(Mean(tally, corruptions, m, r => r.TopPercent))))} |");
        foreach (var model in models)
        {
            Line(text, "");
            Line(text, $"## {model}: right / declined / wrong / top guess, and the calibration error (%)");
            Line(text, "");
            Line(text, "| condition | right | declined | wrong | top guess | ECE |");
            Line(text, "| --- | --- | --- | --- | --- | --- |");
            foreach (var condition in conditions)
            {
                var row = tally.Row(condition, model);
                Line(text, $"| {condition} | {Percent(row.RightPercent)} | {Percent(row.DeclinedPercent)} | {Percent(row.WrongPercent)} | {Percent(row.TopPercent)} | {Percent(row.CalibrationErrorPercent)} |");
            }

            Line(text, $"| **mean** | {Percent(Mean(tally, corruptions, model, r => r.RightPercent))} | {Percent(Mean(tally, corruptions, model, r => r.DeclinedPercent))} "
                + $"| {Percent(Mean(tally, corruptions, model, r => r.WrongPercent))} | {Percent(Mean(tally, corruptions, model, r => r.TopPercent))} "
                + $"| {Percent(Mean(tally, corruptions, model, r => r.CalibrationErrorPercent))} |");
        }

        Line(text, "");
        Line(text, "## Beside the paper");
        Line(text, "");
        Line(text, "Mu and Gilmer (2019) report a plain CNN's test error rising about tenfold from clean MNIST to the mean over MNIST-C. "
            + "Here, the top guess's error:");
        Line(text, "");
        Line(text, "| model | clean error | mean error under the corruptions | rise |");
        Line(text, "| --- | --- | --- | --- |");
        foreach (var model in models)
        {
            var clean = 100 - tally.Row(RobustnessCondition.CleanName, model).TopPercent;
            var corrupted = 100 - Mean(tally, corruptions, model, r => r.TopPercent);
            Line(text, $"| {model} | {Percent(clean)} | {Percent(corrupted)} | {(clean > 0 ? string.Create(CultureInfo.InvariantCulture, $"{corrupted / clean:0.0}x") : "-")} |");
        }

        return text.ToString();
    }

    private static double Mean(RobustnessTally tally, IReadOnlyList<string> conditions, string model, Func<RobustnessRow, double> measure) =>
        conditions.Count == 0 ? double.NaN : conditions.Average(c => measure(tally.Row(c, model)));

    private static string Percent(double value) =>
        double.IsNaN(value) ? "-" : value.ToString("0.00", CultureInfo.InvariantCulture);

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}

/// <summary>What a robustness run was: when, on how many digits, with which seed and models.</summary>
public sealed record RobustnessSetup(DateTime When, int Digits, int Seed, string ModelsDirectory);
