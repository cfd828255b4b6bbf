using System.Globalization;
using System.Numerics.Tensors;
using MnistBlazor.Recognition;

namespace MnistBlazor.Web.Components.Prediction;

/// <summary>Plain sentences for a recognizer's answer.</summary>
public static class Verdicts
{
    /// <summary>The most probable digit, also for an unsure answer; null when there are no probabilities.</summary>
    public static int? BestGuess(RecognitionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Probabilities.Count == 0 ? null : TensorPrimitives.IndexOfMax([.. result.Probabilities]);
    }

    public static string Describe(RecognitionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Verdict switch
        {
            Verdict.Digit => $"It's a {result.Digit}.",
            Verdict.Unsure when BestGuess(result) is { } guess =>
                $"Unsure: this does not look clearly like any digit (best guess {guess}, {Percent(result.Confidence)}).",
            Verdict.Unsure => "Unsure: this does not look clearly like any digit.",
            _ => "No digit: nothing that looks like writing was found.",
        };
    }

    /// <summary>A short answer for tables and overlays: "7", "7?" or "none".</summary>
    public static string Short(RecognitionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Verdict switch
        {
            Verdict.Digit => result.Digit?.ToString(CultureInfo.InvariantCulture) ?? "",
            Verdict.Unsure => BestGuess(result) is { } guess ? $"{guess}?" : "?",
            _ => "none",
        };
    }

    public static string Percent(double fraction) =>
        (fraction * 100).ToString("0", CultureInfo.InvariantCulture) + " %";
}
