namespace MnistBlazor.Web.Recognition.Verdicts;

/// <summary>Turns a model's probabilities into a verdict: the most probable digit, or "unsure" when the model is not
/// confident enough or, for the ensemble, when its members disagree.</summary>
public sealed class VerdictRule(VerdictThresholds thresholds)
{
    /// <param name="probabilities">The model's ten probabilities (for the ensemble, the members' average).</param>
    /// <param name="memberProbabilities">For the ensemble, each member's ten probabilities; empty otherwise.</param>
    public Decision Decide(string modelId, ReadOnlySpan<float> probabilities, IReadOnlyList<float[]> memberProbabilities)
    {
        var digit = ArgMax(probabilities);
        var confidence = probabilities[digit];
        var confident = confidence >= thresholds.MinConfidenceFor(modelId)
            && memberProbabilities.All(member => member[digit] >= thresholds.EnsembleMinMemberConfidence);
        return new Decision(confident ? Verdict.Digit : Verdict.Unsure, digit, confidence);
    }

    public static int ArgMax(ReadOnlySpan<float> values)
    {
        var best = 0;
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] > values[best])
            {
                best = i;
            }
        }

        return best;
    }

    /// <param name="Digit">The most probable digit, whatever the verdict.</param>
    public readonly record struct Decision(Verdict Verdict, int Digit, float Confidence);
}
