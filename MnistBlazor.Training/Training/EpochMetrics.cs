namespace MnistBlazor.Training.Training;

/// <summary>One epoch's figures; the model card's training curve and TensorBoard are made from these.</summary>
/// <remarks>With a weight average, the validation figures are the averaged weights'; the live weights' are kept beside
/// them, so one run shows what the average bought. A final fit holds nothing out: its validation figures are null.</remarks>
public sealed record EpochMetrics(
    int Epoch,
    double TrainLoss,
    double TrainAccuracy,
    double? ValidationLoss,
    double? ValidationAccuracy,
    double LearningRate,
    double Seconds,
    double? LiveValidationLoss = null,
    double? LiveValidationAccuracy = null);

/// <summary>What a finished training run reports; a final fit (no validation set) keeps its last epoch and has no
/// validation figures.</summary>
public sealed record TrainingResult(
    IReadOnlyList<EpochMetrics> History,
    int BestEpoch,
    double? BestValidationLoss,
    double? BestValidationAccuracy,
    bool StoppedEarly,
    double TrainingSeconds)
{
    public double SecondsPerEpoch => History.Count == 0 ? 0 : History.Average(e => e.Seconds);
}
