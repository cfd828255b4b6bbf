using System.Numerics.Tensors;
namespace MnistBlazor.Recognition.Verdicts;

/// <summary>What a verdict is decided from, for one model (or the ensemble) and one image.</summary>
/// <param name="Probabilities">The ten probabilities for the image (the ensemble's: the average over its members and views).</param>
/// <param name="Members">For the ensemble, each member's ten probabilities; empty for a single model.</param>
/// <param name="Stability">The lowest probability the chosen digit keeps across <see cref="StabilityViews"/>; null when
/// the views were not run because the model's thresholds do not check stability.</param>
/// <param name="ShapeDistance">How far the image lies from MNIST's shapes of the chosen digit (<see cref="DigitShapes"/>).</param>
/// <param name="DigitLikeness">The digit gate's probability that the image is a digit at all; null without the gate.</param>
public sealed record Evidence(float[] Probabilities, IReadOnlyList<float[]> Members, float? Stability, float ShapeDistance, float? DigitLikeness = null)
{
    /// <summary>The most probable digit.</summary>
    public int Digit { get; } = TensorPrimitives.IndexOfMax(Probabilities);

    public float Confidence => Probabilities[Digit];

    /// <summary>The least any ensemble member gives the chosen digit; the confidence itself for a single model.</summary>
    public float MemberConfidence => Members.Count == 0 ? Confidence : Members.Min(m => m[Digit]);
}
