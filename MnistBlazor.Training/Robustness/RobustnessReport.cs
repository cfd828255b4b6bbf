using System.Globalization;
using System.Text;

namespace MnistBlazor.Training.Robustness;

/// <summary>The robustness run as Markdown, group by group: top-guess accuracy per model and condition with the mean and
/// the worst, each model's right / declined / wrong split and calibration error, and the error's rise beside the paper's.</summary>
public static class RobustnessReport
{
    public static string Render(RobustnessTally tally, IReadOnlyList<RobustnessGroup> groups, IReadOnlyList<string> models, RobustnessSetup setup)
    {
        ArgumentNullException.ThrowIfNull(tally);
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(setup);
        var text = new StringBuilder();
        Line(text, $"# Robustness through the recognizer ({setup.When:yyyy-MM-dd HH:mm} UTC)");
        Line(text, "");
        Line(text, $"The first {setup.Digits} digits of the MNIST test set, each turned into the picture of every condition (seed {setup.Seed}) "
            + $"and sent through the app's own recognizer as an upload (preprocessing, the models in `{setup.ModelsDirectory}`, verdicts). "
            + "Right: the verdict is the digit; declined: unsure or no digit; wrong: another digit; top guess: the most probable digit, "
            + "whatever the verdict; ECE: the expected calibration error of the top probability against the top guess being right "
            + "(15 bins; Guo et al. 2017).");
        foreach (var group in groups)
        {
            Line(text, "");
            Line(text, $"## {group.Title}: top guess right (%)");
            Line(text, "");
            Line(text, group.Note);
            Line(text, "");
            Line(text, $"| condition | {string.Join(" | ", models)} |");
            Line(text, $"| --- |{string.Concat(models.Select(_ => " --- |"))}");
            Line(text, $"| {RobustnessCondition.CleanName} | {string.Join(" | ", models.Select(m => Percent(tally.Row(RobustnessCondition.CleanName, m).TopPercent)))} |");
            var names = group.Conditions.Select(c => c.Name).ToList();
            foreach (var condition in names)
            {
                Line(text, $"| {condition} | {string.Join(" | ", models.Select(m => Percent(tally.Row(condition, m).TopPercent)))} |");
            }

            Line(text, $"| **mean of {names.Count}** | {string.Join(" | ", models.Select(m => Percent(Mean(tally, names, m, r => r.TopPercent))))} |");
            Line(text, $"| **worst** | {string.Join(" | ", models.Select(m => Percent(Worst(tally, names, m))))} |");
            foreach (var model in models)
            {
                Line(text, "");
                Line(text, $"### {group.Title}, {model}: right / declined / wrong / top guess, and the calibration error (%)");
                Line(text, "");
                Line(text, "| condition | right | declined | wrong | top guess | ECE |");
                Line(text, "| --- | --- | --- | --- | --- | --- |");
                foreach (var condition in names.Prepend(RobustnessCondition.CleanName))
                {
                    var row = tally.Row(condition, model);
                    Line(text, $"| {condition} | {Percent(row.RightPercent)} | {Percent(row.DeclinedPercent)} | {Percent(row.WrongPercent)} | {Percent(row.TopPercent)} | {Percent(row.CalibrationErrorPercent)} |");
                }

                Line(text, $"| **mean** | {Percent(Mean(tally, names, model, r => r.RightPercent))} | {Percent(Mean(tally, names, model, r => r.DeclinedPercent))} "
                    + $"| {Percent(Mean(tally, names, model, r => r.WrongPercent))} | {Percent(Mean(tally, names, model, r => r.TopPercent))} "
                    + $"| {Percent(Mean(tally, names, model, r => r.CalibrationErrorPercent))} |");
            }

            Line(text, "");
            Line(text, $"Error of the top guess, clean against the mean of {group.Title} (Mu and Gilmer 2019 report a plain CNN's error rising about tenfold under MNIST-C):");
            Line(text, "");
            Line(text, "| model | clean error | mean error | rise |");
            Line(text, "| --- | --- | --- | --- |");
            foreach (var model in models)
            {
                var clean = 100 - tally.Row(RobustnessCondition.CleanName, model).TopPercent;
                var changed = 100 - Mean(tally, names, model, r => r.TopPercent);
                Line(text, $"| {model} | {Percent(clean)} | {Percent(changed)} | {(clean > 0 ? string.Create(CultureInfo.InvariantCulture, $"{changed / clean:0.0}x") : "-")} |");
            }
        }

        return text.ToString();
    }

    private static double Worst(RobustnessTally tally, IReadOnlyList<string> conditions, string model) =>
        conditions.Count == 0 ? double.NaN : conditions.Min(c => tally.Row(c, model).TopPercent);

    private static double Mean(RobustnessTally tally, IReadOnlyList<string> conditions, string model, Func<RobustnessRow, double> measure) =>
        conditions.Count == 0 ? double.NaN : conditions.Average(c => measure(tally.Row(c, model)));

    private static string Percent(double value) =>
        double.IsNaN(value) ? "-" : value.ToString("0.00", CultureInfo.InvariantCulture);

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}

/// <summary>What a robustness run was: when, on how many digits, with which seed and models.</summary>
public sealed record RobustnessSetup(DateTime When, int Digits, int Seed, string ModelsDirectory);
