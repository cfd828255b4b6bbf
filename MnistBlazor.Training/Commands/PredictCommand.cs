using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using MnistBlazor.Recognition;
using MnistBlazor.Recognition.Preprocessing;
using MnistBlazor.Recognition.Verdicts;
using Spectre.Console;

namespace MnistBlazor.Training.Commands;

/// <summary>`predict PATH...`: recognizes image files (folders are searched) through the app's own recognizer and
/// prints digit, confidence, verdict and top 3 per file. A bad file gets its own error line and the rest go on; the
/// exit code is 1 when any file failed.</summary>
public static class PredictCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Image files (PNG, JPEG, BMP, GIF, WebP) or folders of them.", Arity = ArgumentArity.OneOrMore };
        var model = new Option<string>("--model") { Description = "Model id: ensemble (default), basic-cnn, resnet, vgg or mlnet.", DefaultValueFactory = _ => ModelIds.Ensemble };
        model.AcceptOnlyFromAmong([.. ModelIds.All]);
        var json = new Option<bool>("--json") { Description = "Print one JSON array instead of a table." };
        var models = new Option<string?>("--models") { Description = "Folder holding the models (default: models/ beside MnistBlazor.sln)." };

        var command = new Command("predict", "Recognize the digit in image files, as the web app and API do.") { paths, model, json, models };
        command.SetAction(result =>
        {
            using var recognizer = Load(result.GetValue(models));
            return Run(console, recognizer, result.GetRequiredValue(paths), result.GetRequiredValue(model), result.GetValue(json));
        });
        return command;
    }

    /// <summary>The app's recognizer over the models folder; loading problems go to standard error, before any result.</summary>
    private static StandaloneRecognizer Load(string? modelsDirectory)
    {
        using var logging = LoggerFactory.Create(builder => builder
            .SetMinimumLevel(LogLevel.Warning)
            .AddSimpleConsole(o => o.SingleLine = true)
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace));
        return StandaloneRecognizer.Create(new RecognitionOptions { ModelsDirectory = modelsDirectory }, Directory.GetCurrentDirectory(), logging);
    }

    /// <summary>Recognizes every file under <paramref name="paths"/>; 0 when all succeeded, 1 when any failed, 2 when
    /// the model cannot be used at all.</summary>
    public static int Run(IAnsiConsole console, IDigitRecognizer recognizer, IReadOnlyList<string> paths, string modelId, bool json)
    {
        var status = recognizer.Models.FirstOrDefault(m => m.Id == modelId) ?? throw new UnknownModelException(modelId);
        if (!status.IsAvailable)
        {
            console.MarkupLineInterpolated($"[red]error[/]: model '{modelId}' is unavailable: {status.UnavailableReason}");
            return 2;
        }

        var outcomes = Files(paths).Select(file => Recognize(recognizer, file, modelId)).ToList();
        if (json)
        {
            console.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(outcomes.Select(JsonLine), JsonOptions));
        }
        else
        {
            console.Write(Table(outcomes));
            var failed = outcomes.Count(o => o.Error is not null);
            console.MarkupLineInterpolated($"{outcomes.Count} file(s) with {modelId}: {outcomes.Count - failed} answered, {failed} failed");
        }

        return outcomes.Any(o => o.Error is not null) ? 1 : 0;
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private sealed record Outcome(string File, RecognitionResult? Result, string? Error);

    /// <summary>Files as given, folders' files (recursively, in name order), and missing paths kept so they report an error.</summary>
    private static IEnumerable<string> Files(IEnumerable<string> paths) => paths.SelectMany(path => Directory.Exists(path)
        ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
        : (IEnumerable<string>)[path]);

    private static Outcome Recognize(IDigitRecognizer recognizer, string file, string modelId)
    {
        try
        {
            return new Outcome(file, recognizer.Recognize(File.ReadAllBytes(file), modelId), null);
        }
        catch (ImageRejectedException e)
        {
            return new Outcome(file, null, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Outcome(file, null, File.Exists(file) ? $"cannot read it: {e.Message}" : "no such file or folder");
        }
    }

    private static Table Table(IEnumerable<Outcome> outcomes)
    {
        var table = new Table().AddColumns("File", "Digit", "Confidence", "Verdict", "Top 3");
        foreach (var outcome in outcomes)
        {
            if (outcome.Result is { } r)
            {
                table.AddRow(Markup.Escape(outcome.File), r.Digit?.ToString(CultureInfo.InvariantCulture) ?? "-",
                    r.Verdict == Verdict.NoDigit ? "-" : Percent(r.Confidence), VerdictNames.Of(r.Verdict),
                    string.Join(", ", Top3(r).Select(t => $"{t.Digit} {Percent(t.Probability)}")));
            }
            else
            {
                table.AddRow(Markup.Escape(outcome.File), "-", "-", "[red]error[/]", Markup.Escape(outcome.Error ?? ""));
            }
        }

        return table;
    }

    private static object JsonLine(Outcome outcome) => outcome.Result is { } r
        ? new
        {
            outcome.File,
            r.Digit,
            r.Confidence,
            Verdict = VerdictNames.Of(r.Verdict),
            Top3 = Top3(r).Select(t => new { t.Digit, t.Probability }),
            Model = r.ModelId,
        }
        : new { outcome.File, outcome.Error };

    private static IEnumerable<(int Digit, float Probability)> Top3(RecognitionResult result) =>
        result.Probabilities.Select((p, digit) => (digit, p)).OrderByDescending(t => t.p).Take(3);

    private static string Percent(float probability) => string.Create(CultureInfo.InvariantCulture, $"{probability * 100:0.0}%");
}
