namespace MnistBlazor.Training.Training;

/// <summary>Receives progress while a model trains (the command line draws progress bars from it).</summary>
public interface ITrainingProgress
{
    void EpochStarted(int epoch, int totalEpochs, int steps);

    void StepCompleted(int step, double loss);

    void EpochCompleted(EpochMetrics metrics, bool isBest);

    public static ITrainingProgress None { get; } = new NoProgress();

    private sealed class NoProgress : ITrainingProgress
    {
        public void EpochStarted(int epoch, int totalEpochs, int steps)
        {
        }

        public void StepCompleted(int step, double loss)
        {
        }

        public void EpochCompleted(EpochMetrics metrics, bool isBest)
        {
        }
    }
}
