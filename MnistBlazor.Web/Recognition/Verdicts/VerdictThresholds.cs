namespace MnistBlazor.Web.Recognition.Verdicts;

/// <summary>Per model id, when an answer counts as a digit rather than "unsure"; bound from "Recognition:Verdict".
/// The defaults were measured by the calibration tool (MnistBlazor.Tests/Web/Recognition/Calibration) on drawn
/// letters, scribbles and digits with the shipped models; rerun it after retraining a model.</summary>
public sealed record VerdictThresholds
{
    /// <remarks>The models' own checks (confidence, stability, shape) were fitted with at most 2.75% of calibration
    /// digits declined; with the ensemble they decline 80.2% of held-out drawn letters, 86.0% of scribbles and 1.5% of
    /// MNIST and drawn digits. They are also the rule when the digit gate is missing. The gate's limits were fitted on
    /// top (2026-11-26, ThresholdSearch.FitGate): at most 2.75% of each kind of digit declined, typed digits in fonts
    /// the gate never saw included. With them, on the held-out set (1000 each), the ensemble declines 99.5% of letters,
    /// 99.0% of scribbles, 99.7% of noise and 1.1% of digits (2.5% of typed ones), and names 0.9% of digits wrongly
    /// (mostly typed digits its members misread). ML.NET's model has no gate limits: none met the digit budget.</remarks>
    public Dictionary<string, ModelThresholds> Models { get; init; } = new()
    {
        [ModelIds.Ensemble] = new()
        {
            MinConfidence = 0.777f, MinStability = 0.7f, MinMemberConfidence = 0f, MaxShapeDistance = 2.5f,
            MinDigitLikeness = 0.1f, TrustedDigitLikeness = 0.7f, MinTrustedConfidence = 0.4f,
        },
        [ModelIds.BasicCnn] = new()
        {
            MinConfidence = 0.658f, MinStability = 0f, MaxShapeDistance = 2.25f,
            MinDigitLikeness = 0.05f, TrustedDigitLikeness = 0.7f, MinTrustedConfidence = 0.5f,
        },
        [ModelIds.ResNet] = new()
        {
            MinConfidence = 0.858f, MinStability = 0f, MaxShapeDistance = 2.25f,
            MinDigitLikeness = 0.1f, TrustedDigitLikeness = 0.8f, MinTrustedConfidence = 0.2f,
        },
        [ModelIds.Vgg] = new()
        {
            MinConfidence = 0.863f, MinStability = 0f, MaxShapeDistance = 2.25f,
            MinDigitLikeness = 0.05f, TrustedDigitLikeness = 0.8f, MinTrustedConfidence = 0.2f,
        },
        [ModelIds.MlNet] = new() { MinConfidence = 0.553f, MinStability = 0f, MaxShapeDistance = 2f },
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
