namespace MnistBlazor.Training.Training.Schedules;

/// <summary>Smith's one-cycle policy (cosine form, as PyTorch's OneCycleLR): warm up from max/25 to max over the
/// first 30% of steps, then anneal to max/(25*1e4).</summary>
public sealed class OneCycleSchedule(double maxRate, int epochs, int stepsPerEpoch)
    : LearningRateSchedule(maxRate, epochs, stepsPerEpoch)
{
    private const double WarmupFraction = 0.3;
    private const double DivFactor = 25;
    private const double FinalDivFactor = 1e4;

    public override double RateAt(long step)
    {
        var initial = MaxRate / DivFactor;
        var final = initial / FinalDivFactor;
        var warmupSteps = Math.Max(1, (long)(WarmupFraction * TotalSteps) - 1);
        var s = Math.Clamp(step, 0, TotalSteps - 1);
        return s <= warmupSteps
            ? Cosine.Anneal(initial, MaxRate, (double)s / warmupSteps)
            : Cosine.Anneal(MaxRate, final, (double)(s - warmupSteps) / Math.Max(1, TotalSteps - 1 - warmupSteps));
    }
}
