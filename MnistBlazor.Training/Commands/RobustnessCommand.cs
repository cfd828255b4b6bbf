using System.CommandLine;
using Microsoft.Extensions.Logging.Abstractions;
using MnistBlazor.Recognition;
using MnistBlazor.Recognition.Catalog;
using MnistBlazor.Training.Data.Acquisition;
using MnistBlazor.Training.Robustness;
using MnistBlazor.Training.Workflow;
using Spectre.Console;

namespace MnistBlazor.Training.Commands;

/// <summary>`robustness [--quick] [--digits N]`: every model and the ensemble on the MNIST test set under each group of
/// conditions (MNIST-C's corruptions, the development families of people's pictures), through the app's own recognizer;
/// writes the Markdown report under benchmarks/robustness/ and the figures the app's /models page shows to
/// models/robustness.json.</summary>
public static class RobustnessCommand
{
    private const int QuickDigits = 100;

    public static Command Create(WorkflowPaths paths, IAnsiConsole console, Func<CancellationToken, Task<MnistPaths>> acquireMnist,
        IReadOnlyList<RobustnessGroup> groups)
    {
        var quick = new Option<bool>("--quick") { Description = $"A smoke run on the first {QuickDigits} test digits, written under artifacts/quick/." };
        var digits = new Option<int>("--digits") { Description = "Test digits per corruption (default all 10,000).", DefaultValueFactory = _ => 10_000 };
        var seed = new Option<int>("--seed") { Description = "Seed of the corruptions' randomness.", DefaultValueFactory = _ => 2019 };
        var models = new Option<string?>("--models") { Description = "Folder holding the models (default: models/ beside MnistBlazor.sln)." };
        var command = new Command("robustness", "Score every model under MNIST-C's corruptions and people's picture conditions, through the app's recognizer.") { quick, digits, seed, models };
        command.SetAction((result, cancellationToken) => CommandErrors.RunAsync(console, async () =>
        {
            var isQuick = result.GetValue(quick);
            var count = isQuick ? QuickDigits : result.GetValue(digits);
            if (count < 1)
            {
                throw new ArgumentException($"--digits must be at least 1 (it is {count}).");
            }

            var mnist = await acquireMnist(cancellationToken).ConfigureAwait(false);
            var (images, labels) = MnistSubsets.Test(mnist, quick: false);
            using var recognizer = StandaloneRecognizer.Create(
                new RecognitionOptions { ModelsDirectory = result.GetValue(models) }, paths.Root, NullLoggerFactory.Instance);
            var available = recognizer.Models.Where(m => m.IsAvailable).ToList();
            if (available.Count == 0)
            {
                throw new InvalidOperationException($"No model is available in {recognizer.ModelsDirectory}: train the models first.");
            }

            IReadOnlyList<RobustnessCondition> conditions = [RobustnessCondition.Clean, .. groups.SelectMany(g => g.Conditions)];
            var run = new RobustnessRun(recognizer, result.GetValue(seed), Environment.ProcessorCount);
            var tally = run.Score(conditions, images, labels, count, new Progress<string>(line => console.MarkupLineInterpolated($"[grey]{line}[/]")), cancellationToken);
            var setup = new RobustnessSetup(DateTime.UtcNow, Math.Min(count, images.Count), result.GetValue(seed), Path.GetRelativePath(paths.Root, recognizer.ModelsDirectory));
            var names = conditions.Select(c => c.Name).ToList();
            var report = RobustnessReport.Render(tally, groups, [.. available.Select(m => m.Id)], setup);
            var reportPath = isQuick
                ? Path.Combine(paths.Root, "artifacts", "quick", "robustness.md")
                : Path.Combine(paths.Root, "benchmarks", "robustness", "report.md");
            Directory.CreateDirectory(Path.GetDirectoryName(reportPath)!);
            await File.WriteAllTextAsync(reportPath, report, cancellationToken).ConfigureAwait(false);
            var card = Card(tally, names, available, setup);
            card.Write(isQuick ? Path.GetDirectoryName(reportPath)! : recognizer.ModelsDirectory);
            console.MarkupLineInterpolated($"Report: [bold]{reportPath}[/]");
            return 0;
        }));
        return command;
    }

    private static RobustnessCard Card(RobustnessTally tally, IReadOnlyList<string> conditions, IReadOnlyList<ModelStatus> models, RobustnessSetup setup) => new()
    {
        MeasuredUtc = new DateTimeOffset(setup.When, TimeSpan.Zero),
        DigitsPerCondition = setup.Digits,
        Seed = setup.Seed,
        Conditions = conditions,
        Models =
        [
            .. models.Select(m => new RobustnessModel(m.Id, RobustnessCard.Fingerprint(m.Card), [
                .. conditions.Select(c => tally.Row(c, m.Id)).Select(r => new RobustnessCell(
                    r.Condition, Math.Round(r.RightPercent, 2), Math.Round(r.DeclinedPercent, 2), Math.Round(r.WrongPercent, 2), Math.Round(r.TopPercent, 2),
                    double.IsNaN(r.CalibrationErrorPercent) ? null : Math.Round(r.CalibrationErrorPercent, 2))),
            ])),
        ],
    };
}
