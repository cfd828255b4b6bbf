using static TorchSharp.torch;

namespace MnistBlazor.Training.Training;

/// <summary>Stops when the validation loss has not improved for <see cref="Patience"/> epochs and keeps a copy of the
/// weights from the best epoch so that they can be restored.</summary>
public sealed class EarlyStopping : IDisposable
{
    private Dictionary<string, Tensor>? _bestWeights;

    public EarlyStopping(int patience, double minDelta = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(patience);
        Patience = patience;
        MinDelta = minDelta;
    }

    public int Patience { get; }

    public double MinDelta { get; }

    public double BestLoss { get; private set; } = double.PositiveInfinity;

    /// <summary>1-based epoch with the lowest validation loss so far; 0 before any epoch.</summary>
    public int BestEpoch { get; private set; }

    public int EpochsWithoutImprovement { get; private set; }

    public bool ShouldStop => Patience > 0 && EpochsWithoutImprovement >= Patience;

    /// <summary>Records an epoch's validation loss; returns true when it is the best so far (weights copied).</summary>
    public bool Observe(int epoch, double validationLoss, nn.Module model)
    {
        if (validationLoss < BestLoss - MinDelta)
        {
            BestLoss = validationLoss;
            BestEpoch = epoch;
            EpochsWithoutImprovement = 0;
            ReplaceBestWeights(model.state_dict());
            return true;
        }
        EpochsWithoutImprovement++;
        return false;
    }

    /// <summary>Loads the best epoch's weights into <paramref name="model"/>.</summary>
    public void RestoreBest(nn.Module model)
    {
        if (_bestWeights is not null)
        {
            model.load_state_dict(_bestWeights);
        }
    }

    internal IReadOnlyDictionary<string, Tensor>? BestWeights => _bestWeights;

    internal void Restore(double bestLoss, int bestEpoch, int epochsWithoutImprovement, Dictionary<string, Tensor>? bestWeights)
    {
        BestLoss = bestLoss;
        BestEpoch = bestEpoch;
        EpochsWithoutImprovement = epochsWithoutImprovement;
        ReplaceBestWeights(bestWeights);
    }

    private void ReplaceBestWeights(Dictionary<string, Tensor>? weights)
    {
        DisposeBest();
        _bestWeights = weights is null ? null : WeightCopies.Of(weights);
    }

    private void DisposeBest()
    {
        WeightCopies.Dispose(_bestWeights);
        _bestWeights = null;
    }

    public void Dispose() => DisposeBest();
}
