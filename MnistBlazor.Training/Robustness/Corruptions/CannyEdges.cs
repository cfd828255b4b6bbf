namespace MnistBlazor.Training.Robustness.Corruptions;

/// <summary>
/// <c>canny_edges</c> (no severity levels): corruptions.py's canny_edges, <c>feature.canny(x) * 255</c>: the digit
/// replaced by its one-bit edge map (white edges on black), skimage's Canny as <see cref="CannyEdgeDetector"/> computes
/// it. Not random. Checked against skimage 0.19.3: the same edges on the test 7. Where two pixels' gradients tie exactly
/// (a perfectly symmetric square), the tie can break the other way: numpy's vectorised exp gives Gaussian weights an ulp
/// off libm's.
/// </summary>
public sealed class CannyEdges() : MnistCorruption("canny_edges", null)
{
    protected override double[] Corrupt(double[] digit, Random random) =>
        Array.ConvertAll(CannyEdgeDetector.Edges(digit), edge => edge ? 1.0 : 0.0);
}
