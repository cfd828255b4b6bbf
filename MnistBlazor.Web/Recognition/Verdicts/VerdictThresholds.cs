namespace MnistBlazor.Web.Recognition.Verdicts;

/// <summary>Per model id, when an answer counts as a digit rather than "unsure"; bound from "Recognition:Verdict".
/// The defaults were measured by the calibration tool (MnistBlazor.Tests/Web/Recognition/Calibration) on drawn
/// letters, scribbles and digits with the shipped models; rerun it after retraining a model.</summary>
public sealed record VerdictThresholds
{
    /// <remarks>Fitted with at most 2.75% of calibration digits declined. With the models shipped on 2026-11-25 (ResNet and
    /// VGG retrained) the ensemble declines, on the held-out set (1000 each), 80.2% of drawn letters, 86.0% of scribbles,
    /// 99.6% of noise and 1.5% of digits, and names no digit wrongly; its members' disagreement adds nothing once
    /// stability and shape are checked, so that check is off. ResNet's and VGG's limits were refitted for the retrained
    /// nets (stability no longer helps them, so they answer from one inference); a refit of the ensemble's gave 77.8% /
    /// 87.6% / 1.9% and was not taken.</remarks>
    public Dictionary<string, ModelThresholds> Models { get; init; } = new()
    {
        [ModelIds.Ensemble] = new() { MinConfidence = 0.777f, MinStability = 0.7f, MinMemberConfidence = 0f, MaxShapeDistance = 2.5f },
        [ModelIds.BasicCnn] = new() { MinConfidence = 0.658f, MinStability = 0f, MaxShapeDistance = 2.25f },
        [ModelIds.ResNet] = new() { MinConfidence = 0.858f, MinStability = 0f, MaxShapeDistance = 2.25f },
        [ModelIds.Vgg] = new() { MinConfidence = 0.863f, MinStability = 0f, MaxShapeDistance = 2.25f },
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
