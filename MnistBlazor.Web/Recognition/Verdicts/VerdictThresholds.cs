namespace MnistBlazor.Web.Recognition.Verdicts;

/// <summary>Per model id, when an answer counts as a digit rather than "unsure"; bound from "Recognition:Verdict".
/// The defaults were measured by the calibration tool (MnistBlazor.Tests/Web/Recognition/Calibration) on drawn
/// letters, scribbles and digits with the shipped models; rerun it after retraining a model.</summary>
public sealed record VerdictThresholds
{
    /// <remarks>Fitted with at most 2.75% of calibration digits declined. On the held-out set (1000 each) the ensemble
    /// declines 79.7% of drawn letters, 86.3% of scribbles and 1.9% of digits, and names no digit wrongly; its members'
    /// disagreement adds nothing once stability and shape are checked, so that check is off.</remarks>
    public Dictionary<string, ModelThresholds> Models { get; init; } = new()
    {
        [ModelIds.Ensemble] = new() { MinConfidence = 0.777f, MinStability = 0.7f, MinMemberConfidence = 0f, MaxShapeDistance = 2.5f },
        [ModelIds.BasicCnn] = new() { MinConfidence = 0.658f, MinStability = 0f, MaxShapeDistance = 2.25f },
        [ModelIds.ResNet] = new() { MinConfidence = 0.839f, MinStability = 0.6f, MaxShapeDistance = 2.25f },
        [ModelIds.Vgg] = new() { MinConfidence = 0.792f, MinStability = 0.6f, MaxShapeDistance = 2.25f },
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
