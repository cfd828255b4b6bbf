namespace MnistBlazor.Training.Training.Schedules;

/// <summary>Multiplies the rate by <see cref="Gamma"/> every third of the run (at least every epoch).</summary>
public sealed class StepSchedule(double maxRate, int epochs, int stepsPerEpoch)
    : LearningRateSchedule(maxRate, epochs, stepsPerEpoch)
{
    public const double Gamma = 0.1;

    public int EpochsPerStep { get; } = Math.Max(1, (int)Math.Ceiling(epochs / 3.0));

    public override double RateAt(long step)
    {
        var epoch = Math.Max(0, step) / StepsPerEpoch;
        return MaxRate * Math.Pow(Gamma, epoch / EpochsPerStep);
    }
}
