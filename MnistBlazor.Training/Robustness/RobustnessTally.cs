using System.Collections.Concurrent;
using System.Numerics.Tensors;
using MnistBlazor.Recognition;

namespace MnistBlazor.Training.Robustness;

/// <summary>Counts, per condition and model, how the recognizer answered: right, declined (unsure or no digit), wrong,
/// whether its top guess was right whatever the verdict, and how well its confidence matched (ECE). Thread-safe.</summary>
public sealed class RobustnessTally
{
    private readonly ConcurrentDictionary<(string Condition, string Model), Counts> counts = new();

    public void Add(string condition, int label, RecognitionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var tally = counts.GetOrAdd((condition, result.ModelId), _ => new Counts());
        float[] probabilities = [.. result.Probabilities];
        var topRight = probabilities.Length > 0 && TensorPrimitives.IndexOfMax(probabilities) == label;
        if (probabilities.Length > 0)
        {
            tally.Calibration.Add(Math.Clamp(TensorPrimitives.Max(probabilities), 0f, 1f), topRight);
        }

        tally.Add(result.Verdict switch
        {
            Verdict.Digit when result.Digit == label => Outcome.Right,
            Verdict.Digit => Outcome.Wrong,
            _ => Outcome.Declined,
        }, topRight);
    }

    public RobustnessRow Row(string condition, string model) =>
        counts.TryGetValue((condition, model), out var tally) ? tally.Row(condition, model) : new RobustnessRow(condition, model, 0, 0, 0, 0, 0, double.NaN);

    private enum Outcome
    {
        Right,
        Declined,
        Wrong,
    }

    private sealed class Counts
    {
        private int total;
        private int right;
        private int declined;
        private int wrong;
        private int topRight;

        public CalibrationBins Calibration { get; } = new();

        public void Add(Outcome outcome, bool top)
        {
            Interlocked.Increment(ref total);
            switch (outcome)
            {
                case Outcome.Right:
                    Interlocked.Increment(ref right);
                    break;
                case Outcome.Declined:
                    Interlocked.Increment(ref declined);
                    break;
                default:
                    Interlocked.Increment(ref wrong);
                    break;
            }

            if (top)
            {
                Interlocked.Increment(ref topRight);
            }
        }

        public RobustnessRow Row(string condition, string model) =>
            new(condition, model, total, right, declined, wrong, topRight, Calibration.ExpectedCalibrationErrorPercent);
    }
}

/// <summary>One model on one condition: how many digits, how many were right, declined, wrong and right at the top, and
/// the expected calibration error of its top probability (percent, 15 bins; NaN when it never answered).</summary>
public sealed record RobustnessRow(string Condition, string Model, int Total, int Right, int Declined, int Wrong, int TopRight, double CalibrationErrorPercent)
{
    public double RightPercent => Percent(Right);

    public double DeclinedPercent => Percent(Declined);

    public double WrongPercent => Percent(Wrong);

    public double TopPercent => Percent(TopRight);

    private double Percent(int part) => Total == 0 ? double.NaN : 100.0 * part / Total;
}
