namespace MnistBlazor.Training.Robustness;

/// <summary>
/// The expected calibration error of a model's confidence (its top probability) against whether its top guess was right:
/// answers sorted into equal-width confidence bins, ECE = sum over bins of (share of answers) x |accuracy - mean
/// confidence| (Guo et al. 2017, 15 bins). Also the bins themselves, for a reliability diagram. Thread-safe.
/// </summary>
public sealed class CalibrationBins
{
    public const int DefaultBins = 15;

    private readonly Lock _gate = new();
    private readonly int[] _counts;
    private readonly double[] _confidence;
    private readonly int[] _right;

    public CalibrationBins(int bins = DefaultBins)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bins, 1);
        _counts = new int[bins];
        _confidence = new double[bins];
        _right = new int[bins];
    }

    public void Add(double confidence, bool right)
    {
        if (confidence is < 0 or > 1 || double.IsNaN(confidence))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "A confidence is a probability, 0 to 1.");
        }

        // Bin b holds (b/n, (b+1)/n]; a confidence of 0 goes to the first bin.
        var bin = Math.Clamp((int)Math.Ceiling(confidence * _counts.Length) - 1, 0, _counts.Length - 1);
        lock (_gate)
        {
            _counts[bin]++;
            _confidence[bin] += confidence;
            _right[bin] += right ? 1 : 0;
        }
    }

    /// <summary>In percent; NaN when nothing was added.</summary>
    public double ExpectedCalibrationErrorPercent
    {
        get
        {
            lock (_gate)
            {
                var total = _counts.Sum();
                if (total == 0)
                {
                    return double.NaN;
                }

                var error = 0.0;
                for (var b = 0; b < _counts.Length; b++)
                {
                    if (_counts[b] > 0)
                    {
                        error += (double)_counts[b] / total * Math.Abs(((double)_right[b] / _counts[b]) - (_confidence[b] / _counts[b]));
                    }
                }

                return 100 * error;
            }
        }
    }
}
