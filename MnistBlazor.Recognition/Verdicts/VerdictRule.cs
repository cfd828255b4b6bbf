namespace MnistBlazor.Recognition.Verdicts;

/// <summary>Turns a model's evidence into a verdict: the most probable digit when every check of the model's
/// <see cref="ModelThresholds"/> passes, otherwise "unsure" (with the best guess kept). With the digit gate's evidence,
/// an image the gate doubts is "unsure", and one it trusts needs only a lower confidence.</summary>
public sealed class VerdictRule(VerdictThresholds thresholds)
{
    public Decision Decide(string modelId, Evidence evidence)
    {
        var limits = thresholds.For(modelId);
        var likeness = evidence.DigitLikeness;
        var confident = likeness is not { } doubted || doubted >= limits.MinDigitLikeness;
        confident &= (likeness is { } trusted && limits.TrustedDigitLikeness is { } trustFrom && trusted >= trustFrom
                && evidence.Confidence >= limits.MinTrustedConfidence)
            || (evidence.Confidence >= limits.MinConfidence
                && evidence.MemberConfidence >= limits.MinMemberConfidence
                && (limits.MinStability <= 0 || evidence.Stability >= limits.MinStability)
                && (limits.MaxShapeDistance is not { } farthest || evidence.ShapeDistance <= farthest));
        return new Decision(confident ? Verdict.Digit : Verdict.Unsure, evidence.Digit, evidence.Confidence);
    }

    /// <param name="Digit">The most probable digit, whatever the verdict.</param>
    public readonly record struct Decision(Verdict Verdict, int Digit, float Confidence);
}
