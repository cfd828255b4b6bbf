using MnistBlazor.Recognition;
using MnistBlazor.Recognition.Verdicts;

namespace MnistBlazor.Tests.Recognition.Calibration;

/// <summary>Fits each model's <see cref="ModelThresholds"/> on a calibration set. For every combination of shape,
/// stability and (for the ensemble) member thresholds on a grid, the confidence threshold is set as high as it can be
/// while at most <c>digitBudget</c> of the digits are declined; the combination whose worse of letters and scribbles
/// declined, each as a share of its target (80% and 90%), is best wins. These are the checks without the digit gate,
/// fitted on MNIST and drawn digits. <see cref="FitGate"/> then adds the gate's limits, with typed digits counted too.</summary>
internal static class ThresholdSearch
{
    private static readonly float?[] ShapeGrid = [1.5f, 1.75f, 2f, 2.25f, 2.5f, 3f, 3.5f, 4f, 5f, 6f, 8f, null];
    private static readonly float[] StabilityGrid = [0f, 0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f, 0.7f, 0.8f, 0.9f];
    /// <summary>The share of each kind of negative the rule should decline.</summary>
    public static readonly IReadOnlyDictionary<string, double> Targets = new Dictionary<string, double>
    {
        [CalibrationSet.Letters] = 0.8,
        [CalibrationSet.Scribbles] = 0.9,
        [CalibrationSet.Noise] = 0.98,
    };

    /// <summary>With the gate, the shares of negatives to decline on the calibration set: the targets with a margin, so
    /// that negatives unlike these (a user's own scribbles) are still declined at the targets.</summary>
    public static readonly IReadOnlyDictionary<string, double> GateMargins = new Dictionary<string, double>
    {
        [CalibrationSet.Letters] = 0.9,
        [CalibrationSet.Scribbles] = 0.95,
        [CalibrationSet.Noise] = 0.99,
    };

    private static readonly float[] MemberGrid = [0f, 0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f, 0.7f, 0.8f];

    private static readonly float[] VetoGrid = [0f, 0.02f, 0.05f, 0.1f, 0.15f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f, 0.7f];
    private static readonly float?[] TrustGrid = [null, 0.5f, 0.6f, 0.7f, 0.8f, 0.9f, 0.95f, 0.98f, 0.99f];
    private static readonly float[] TrustedConfidenceGrid = [0.2f, 0.3f, 0.4f, 0.5f, 0.6f, 0.7f, 0.8f];

    /// <summary>The most digits the gate's limits may let through as the wrong digit. The models' top guess on digits
    /// typed in unseen fonts is wrong about 4% of the time; trusting the gate turns some "unsure" answers into those.</summary>
    public const double MaxWrongDigits = 0.015;

    public static VerdictThresholds Fit(IReadOnlyList<ScoredSample> samples, IEnumerable<string> modelIds, double digitBudget)
    {
        var fitted = new Dictionary<string, ModelThresholds>();
        foreach (var id in modelIds)
        {
            var digits = samples.Where(s => s.Sample.Category is CalibrationSet.MnistDigits or CalibrationSet.DrawnDigits).ToList();
            var negatives = Targets.Select(target => (Target: target.Value, Evidence: samples
                .Where(s => s.Sample.Category == target.Key)
                .Select(s => s.Evidence.GetValueOrDefault(id))
                .ToList())).ToList();
            var best = (Score: double.MinValue, Limits: ModelThresholds.Strict);
            foreach (var shape in ShapeGrid)
            {
                foreach (var stability in StabilityGrid)
                {
                    foreach (var member in id == ModelIds.Ensemble ? MemberGrid : [0f])
                    {
                        var limits = new ModelThresholds { MinStability = stability, MinMemberConfidence = member, MaxShapeDistance = shape };
                        if (HighestConfidence(digits, id, limits, digitBudget) is not { } confidence)
                        {
                            continue;
                        }

                        limits = limits with { MinConfidence = confidence };
                        var rule = Rule(id, limits);
                        var score = negatives.Min(group => DeclinedShare(group.Evidence, id, rule) / group.Target);
                        best = score > best.Score ? (score, limits) : best;
                    }
                }
            }

            fitted[id] = best.Limits;
        }

        return new VerdictThresholds { Models = fitted };
    }

    /// <summary>Adds the digit gate's limits to thresholds fitted without it. Of the combinations on a grid that decline
    /// at most <paramref name="digitBudget"/> of each kind of digit (MNIST, drawn, typed; or no more than the model's own
    /// checks already do, where that is more) and name at most <see cref="MaxWrongDigits"/> of all digits wrongly (or no
    /// more than without the gate): those that decline letters, scribbles and noise with a margin over their targets
    /// (<see cref="GateMargins"/>) win, and of them the one answering the most digits rightly; when none has the margin,
    /// the one declining the most negatives (as shares of their targets).</summary>
    public static VerdictThresholds FitGate(IReadOnlyList<ScoredSample> samples, VerdictThresholds ungated, double digitBudget)
    {
        var fitted = new Dictionary<string, ModelThresholds>();
        var digitKinds = samples.Where(s => s.Sample.IsDigit).GroupBy(s => s.Sample.Category).Select(g => g.ToList()).ToList();
        var digitCount = digitKinds.Sum(k => k.Count);
        foreach (var (id, start) in ungated.Models)
        {
            var negatives = Targets.Select(target => (Target: target.Value, Margin: GateMargins[target.Key], Evidence: samples
                .Where(s => s.Sample.Category == target.Key)
                .Select(s => s.Evidence.GetValueOrDefault(id))
                .ToList())).ToList();
            var best = (Score: double.MinValue, Limits: start);
            var (startDeclined, startWrong) = DigitOutcomes(digitKinds, id, Rule(id, start));
            var budgets = digitKinds.Select((kind, k) => Math.Max(digitBudget * kind.Count, startDeclined[k])).ToList();
            var wrongCap = Math.Max(MaxWrongDigits * digitCount, startWrong);
            foreach (var veto in VetoGrid)
            {
                foreach (var trust in TrustGrid)
                {
                    foreach (var trustedConfidence in trust is null ? [0f] : TrustedConfidenceGrid)
                    {
                        var limits = start with { MinDigitLikeness = veto, TrustedDigitLikeness = trust, MinTrustedConfidence = trustedConfidence };
                        var rule = Rule(id, limits);
                        var (kindDeclined, wrong) = DigitOutcomes(digitKinds, id, rule);
                        if (kindDeclined.Where((count, k) => count > budgets[k]).Any() || wrong > wrongCap)
                        {
                            continue;
                        }

                        var declined = kindDeclined.Sum();
                        var rates = negatives.Select(group => DeclinedShare(group.Evidence, id, rule)).ToList();
                        var score = rates.Zip(negatives).All(pair => pair.First >= pair.Second.Margin)
                            ? 10 - ((double)(declined + wrong) / digitCount)
                            : rates.Zip(negatives).Min(pair => pair.First / pair.Second.Target) - (0.01 * declined / digitCount);
                        best = score > best.Score ? (score, limits) : best;
                    }
                }
            }

            fitted[id] = best.Limits;
        }

        return new VerdictThresholds { Models = fitted };
    }

    /// <summary>The share of the inputs a rule declines; inputs with no evidence (no digit found) count as declined.</summary>
    private static double DeclinedShare(List<Evidence?> evidence, string id, VerdictRule rule) =>
        evidence.Count(e => e is null || rule.Decide(id, e).Verdict != Verdict.Digit) / (double)evidence.Count;

    /// <summary>Per kind of digit, how many a rule declines; and how many digits in all it names wrongly.</summary>
    private static (int[] Declined, int Wrong) DigitOutcomes(List<List<ScoredSample>> digitKinds, string id, VerdictRule rule)
    {
        var wrong = 0;
        var declined = digitKinds.Select(kind =>
        {
            var decisions = kind.Select(d => (d.Sample.Digit, Decision: d.Decide(id, rule))).ToList();
            wrong += decisions.Count(d => d.Decision is { Verdict: Verdict.Digit } decision && decision.Digit != d.Digit);
            return decisions.Count(d => d.Decision is not { Verdict: Verdict.Digit });
        }).ToArray();
        return (declined, wrong);
    }

    /// <summary>The highest confidence threshold declining at most the budget of digits when the other checks are
    /// applied too; null when those checks alone already decline more.</summary>
    private static float? HighestConfidence(List<ScoredSample> digits, string id, ModelThresholds limits, double budget)
    {
        var allowed = (int)Math.Floor(budget * digits.Count);
        var passing = new List<float>();
        var rule = Rule(id, limits with { MinConfidence = 0f });
        foreach (var digit in digits)
        {
            if (digit.Evidence.GetValueOrDefault(id) is { } evidence && rule.Decide(id, evidence).Verdict == Verdict.Digit)
            {
                passing.Add(evidence.Confidence);
            }
            else
            {
                allowed--;
            }
        }

        if (allowed < 0)
        {
            return null;
        }

        passing.Sort();
        return allowed < passing.Count ? passing[allowed] : 1f;
    }

    private static VerdictRule Rule(string id, ModelThresholds limits) =>
        new(new VerdictThresholds { Models = new Dictionary<string, ModelThresholds> { [id] = limits } });
}
