namespace MnistBlazor.Recognition.Verdicts;

/// <summary>The verdicts as the API's JSON and the command line spell them.</summary>
public static class VerdictNames
{
    public const string Digit = "digit";
    public const string Unsure = "unsure";
    public const string NoDigit = "no-digit";

    public static string Of(Verdict verdict) => verdict switch
    {
        Verdict.Digit => Digit,
        Verdict.Unsure => Unsure,
        Verdict.NoDigit => NoDigit,
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "Not a verdict."),
    };
}
