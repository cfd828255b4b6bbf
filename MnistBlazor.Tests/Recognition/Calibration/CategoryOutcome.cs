using MnistBlazor.Recognition;
using MnistBlazor.Recognition.Verdicts;

namespace MnistBlazor.Tests.Recognition.Calibration;

/// <summary>How one model under one rule fared on one category: inputs declined ("unsure" or "no digit") and, for
/// digits, confident answers naming the wrong digit.</summary>
internal sealed record CategoryOutcome(string Category, int Count, int Declined, int Wrong)
{
    public double DeclinedRate => Count == 0 ? 0 : (double)Declined / Count;

    public double WrongRate => Count == 0 ? 0 : (double)Wrong / Count;

    public static IReadOnlyList<CategoryOutcome> Evaluate(IReadOnlyList<ScoredSample> samples, string modelId, VerdictRule rule) =>
        [.. CalibrationSet.Categories.Select(category =>
        {
            var inCategory = samples.Where(s => s.Sample.Category == category).ToList();
            var decisions = inCategory.Select(s => (s.Sample, Decision: s.Decide(modelId, rule))).ToList();
            return new CategoryOutcome(
                category,
                decisions.Count,
                decisions.Count(d => d.Decision is not { Verdict: Verdict.Digit }),
                decisions.Count(d => d.Sample.IsDigit && d.Decision is { Verdict: Verdict.Digit } decision && decision.Digit != d.Sample.Digit));
        })];

    /// <summary>The share of all digit inputs (MNIST, drawn and typed) that were declined.</summary>
    public static double DigitsDeclined(IReadOnlyList<CategoryOutcome> outcomes)
    {
        var digits = outcomes.Where(o => CalibrationSet.DigitCategories.Contains(o.Category)).ToList();
        return (double)digits.Sum(o => o.Declined) / Math.Max(1, digits.Sum(o => o.Count));
    }

    public static double Rate(IReadOnlyList<CategoryOutcome> outcomes, string category) =>
        outcomes.Single(o => o.Category == category).DeclinedRate;
}
