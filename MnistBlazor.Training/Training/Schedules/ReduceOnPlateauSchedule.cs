namespace MnistBlazor.Training.Training.Schedules;

/// <summary>Keeps the rate until the validation loss has not improved (by 0.1%) for <see cref="Patience"/> epochs,
/// then multiplies it by <see cref="Factor"/>.</summary>
public sealed class ReduceOnPlateauSchedule(double maxRate, int epochs, int stepsPerEpoch)
    : LearningRateSchedule(maxRate, epochs, stepsPerEpoch)
{
    public const double Factor = 0.3;
    public const int Patience = 1;
    private const double RelativeThreshold = 1e-3;

    private int _reductions;
    private double _bestLoss = double.PositiveInfinity;
    private int _epochsWithoutImprovement;

    public override double RateAt(long step) => MaxRate * Math.Pow(Factor, _reductions);

    public override void EndEpoch(double validationLoss)
    {
        if (validationLoss < _bestLoss * (1 - RelativeThreshold))
        {
            _bestLoss = validationLoss;
            _epochsWithoutImprovement = 0;
            return;
        }
        if (++_epochsWithoutImprovement > Patience)
        {
            _reductions++;
            _epochsWithoutImprovement = 0;
        }
    }

    public override ScheduleState SaveState() => new(_reductions, _bestLoss, _epochsWithoutImprovement);

    public override void LoadState(ScheduleState state)
    {
        _reductions = state.Reductions;
        _bestLoss = state.BestLoss;
        _epochsWithoutImprovement = state.EpochsWithoutImprovement;
    }
}
