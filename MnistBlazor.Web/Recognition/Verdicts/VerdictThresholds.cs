namespace MnistBlazor.Web.Recognition.Verdicts;

/// <summary>When an answer counts as a digit rather than "unsure"; bound from "Recognition:Verdict". The defaults come
/// from the calibration tool (MnistBlazor.Tests/Web/Recognition/Calibration), which measures them on drawn letters,
/// scribbles and real digits; rerun it after retraining a model.</summary>
public sealed record VerdictThresholds
{
    /// <summary>Lowest top probability, per model id (the ensemble's is its averaged probability), for a digit verdict.</summary>
    public Dictionary<string, float> MinConfidence { get; init; } = new()
    {
        [ModelIds.Ensemble] = 0.9f,
        [ModelIds.BasicCnn] = 0.9f,
        [ModelIds.ResNet] = 0.9f,
        [ModelIds.Vgg] = 0.9f,
        [ModelIds.MlNet] = 0.9f,
    };

    /// <summary>For the ensemble: every member must give the chosen digit at least this probability, so an answer the
    /// members disagree on is "unsure" even when their average looks confident.</summary>
    public float EnsembleMinMemberConfidence { get; init; } = 0.5f;

    /// <summary>The confidence threshold of a model id; ids without an entry need certainty.</summary>
    public float MinConfidenceFor(string modelId) => MinConfidence.GetValueOrDefault(modelId, 1f);

    public void Validate()
    {
        foreach (var (id, value) in MinConfidence)
        {
            Require(value is >= 0f and <= 1f, $"{nameof(MinConfidence)}:{id}", value);
        }

        Require(EnsembleMinMemberConfidence is >= 0f and <= 1f, nameof(EnsembleMinMemberConfidence), EnsembleMinMemberConfidence);
    }

    private static void Require(bool holds, string name, float value)
    {
        if (!holds)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{RecognitionOptions.Section}:Verdict:{name} must be a probability in 0..1.");
        }
    }
}
