namespace MnistBlazor.Training.Training.Schedules;

/// <summary>Linear warm-up over the first epoch (at most 10% of the run), then cosine decay to zero.</summary>
public sealed class CosineWarmupSchedule(double maxRate, int epochs, int stepsPerEpoch)
    : LearningRateSchedule(maxRate, epochs, stepsPerEpoch)
{
    public override double RateAt(long step)
    {
        var warmup = Math.Max(1, Math.Min(StepsPerEpoch, TotalSteps / 10));
        var s = Math.Clamp(step, 0, TotalSteps - 1);
        return s < warmup
            ? MaxRate * (s + 1) / warmup
            : Cosine.Anneal(MaxRate, 0, (double)(s - warmup) / Math.Max(1, TotalSteps - warmup));
    }
}
