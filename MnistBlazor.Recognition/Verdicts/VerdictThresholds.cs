namespace MnistBlazor.Recognition.Verdicts;

/// <summary>Per model id, when an answer counts as a digit rather than "unsure"; bound from "Recognition:Verdict".
/// The defaults were measured by the calibration tool (MnistBlazor.Tests/Recognition/Calibration) on drawn
/// letters, scribbles and digits with the shipped models; rerun it after retraining a model.</summary>
public sealed record VerdictThresholds
{
    /// <remarks>The models' own checks (confidence, stability, shape) were fitted with at most 2.75% of calibration
    /// digits declined (models of 2026-11-25); they are also the rule when the digit gate is missing. The gate's limits
    /// were fitted on top for the gate of 2026-11-26 and the final-fit nets (ThresholdSearch.FitGate): of the limits that
    /// decline at most 2.75% of each kind of digit (typed digits in fonts the gate never saw included) and at least 90% of
    /// letters, 95% of scribbles and 99% of noise on the calibration set, those answering the most digits rightly. On the
    /// held-out set (1000 each) the ensemble, averaging its views since 2026-11-26 07:45 UTC (refit: the same limits),
    /// declines 97.2% of letters, 95.7% of scribbles, 99.4% of noise and 0.4% of digits (1.2% of typed ones), and names
    /// 0.3% of digits wrongly.</remarks>
    public Dictionary<string, ModelThresholds> Models { get; init; } = new()
    {
        [ModelIds.Ensemble] = new()
        {
            MinConfidence = 0.777f, MinStability = 0.7f, MinMemberConfidence = 0f, MaxShapeDistance = 2.5f,
            MinDigitLikeness = 0.05f, TrustedDigitLikeness = 0.5f, MinTrustedConfidence = 0.2f,
        },
        [ModelIds.BasicCnn] = new()
        {
            MinConfidence = 0.658f, MinStability = 0f, MaxShapeDistance = 2.25f,
            MinDigitLikeness = 0.1f, TrustedDigitLikeness = 0.5f, MinTrustedConfidence = 0.2f,
        },
        [ModelIds.ResNet] = new()
        {
            MinConfidence = 0.858f, MinStability = 0f, MaxShapeDistance = 2.25f,
            MinDigitLikeness = 0.05f, TrustedDigitLikeness = 0.5f, MinTrustedConfidence = 0.2f,
        },
        [ModelIds.Vgg] = new()
        {
            MinConfidence = 0.863f, MinStability = 0f, MaxShapeDistance = 2.25f,
            MinDigitLikeness = 0.05f, TrustedDigitLikeness = 0.5f, MinTrustedConfidence = 0.2f,
        },
        [ModelIds.MlNet] = new()
        {
            MinConfidence = 0.553f, MinStability = 0f, MaxShapeDistance = 2f,
            MinDigitLikeness = 0.15f, TrustedDigitLikeness = 0.5f, MinTrustedConfidence = 0.6f,
        },
    };

    public ModelThresholds For(string modelId) => Models.GetValueOrDefault(modelId) ?? ModelThresholds.Strict;

    public void Validate()
    {
        foreach (var (id, limits) in Models)
        {
            limits.Validate(id);
        }
    }
}
