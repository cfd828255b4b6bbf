namespace MnistBlazor.Training.Robustness.Corruptions;

/// <summary>
/// <c>canny_edges</c> (no severity levels): corruptions.py's canny_edges, <c>feature.canny(x) * 255</c>: the digit
/// replaced by its one-bit edge map (white edges on black), skimage's Canny as <see cref="CannyEdgeDetector"/> computes
/// it. Not random. Follows the reference's algorithm; floating-point order of operations may differ in the last bits.
/// </summary>
public sealed class CannyEdges() : MnistCorruption("canny_edges", null)
{
    protected override double[] Corrupt(double[] digit, Random random) =>
        Array.ConvertAll(CannyEdgeDetector.Edges(digit), edge => edge ? 1.0 : 0.0);
}
