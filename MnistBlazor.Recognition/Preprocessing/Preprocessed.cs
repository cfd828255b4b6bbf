using System.Diagnostics.CodeAnalysis;

namespace MnistBlazor.Recognition.Preprocessing;

/// <summary>The outcome of preprocessing one input: either an MNIST-style digit or "no digit" with a reason.</summary>
public sealed class Preprocessed
{
    private Preprocessed(DigitImage? digit, BlankReason blankReason, string? blankExplanation, PreprocessDiagnostics diagnostics)
    {
        Digit = digit;
        BlankReason = blankReason;
        BlankExplanation = blankExplanation;
        Diagnostics = diagnostics;
    }

    /// <summary>The 28x28 digit to classify; null when the input holds no digit.</summary>
    public DigitImage? Digit { get; }

    /// <summary>True when there is nothing to classify; never guess on a blank input.</summary>
    [MemberNotNullWhen(false, nameof(Digit))]
    [MemberNotNullWhen(true, nameof(BlankExplanation))]
    public bool IsBlank => Digit is null;

    public BlankReason BlankReason { get; }

    /// <summary>A sentence for the user saying why no digit was found; null when a digit was found.</summary>
    public string? BlankExplanation { get; }

    public PreprocessDiagnostics Diagnostics { get; }

    internal static Preprocessed Found(DigitImage digit, PreprocessDiagnostics diagnostics) =>
        new(digit, BlankReason.None, null, diagnostics);

    internal static Preprocessed Blank(BlankReason reason, PreprocessDiagnostics diagnostics) =>
        new(null, reason, Explain(reason), diagnostics);

    private static string Explain(BlankReason reason) => reason switch
    {
        BlankReason.NoInk => "No digit: the image is a plain background with nothing drawn or written on it.",
        BlankReason.TooFaint => "No digit: the marks are too faint to tell apart from the background noise.",
        BlankReason.OnlySpecks => "No digit: only specks far smaller than a digit were found.",
        BlankReason.OnlyADot => "No digit: the mark is a dot, not a stroke; draw the digit with strokes.",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Not a reason for a blank result."),
    };
}
