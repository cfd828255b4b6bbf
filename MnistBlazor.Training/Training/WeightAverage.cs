using static TorchSharp.torch;

namespace MnistBlazor.Training.Training;

/// <summary>An exponential moving average of a model's weights and batch-norm statistics (Polyak averaging), updated after
/// every optimizer step. The averaged weights are what a run validates, keeps as its best and ships; the optimizer keeps
/// working on the live ones.</summary>
/// <remarks>The decay warms up as min(decay, (1 + n) / (10 + n)) after n updates, so the first steps' random weights fade
/// fast. Integer buffers (batch norm's batch count) are copied, not averaged.</remarks>
public sealed class WeightAverage : IDisposable
{
    private readonly Dictionary<string, Tensor> _average;

    public WeightAverage(nn.Module model, double decay)
    {
        if (decay is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(decay), decay, "The weight-average decay must lie between 0 and 1, e.g. 0.999.");
        }
        Decay = decay;
        _average = WeightCopies.Of(model.state_dict());
    }

    public double Decay { get; }

    /// <summary>Updates applied so far; part of a checkpoint, so a resumed run warms up no differently.</summary>
    public long Updates { get; private set; }

    public IReadOnlyDictionary<string, Tensor> Weights => _average;

    /// <summary>Moves the average towards the model's current weights.</summary>
    public void Update(nn.Module model)
    {
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        var decay = Math.Min(Decay, (1.0 + Updates) / (10.0 + Updates));
        foreach (var (name, live) in model.state_dict())
        {
            var average = _average[name];
            if (average.is_floating_point())
            {
                average.mul_(decay).add_(live.detach(), alpha: 1 - decay);
            }
            else
            {
                average.copy_(live);
            }
        }
        Updates++;
    }

    /// <summary>Loads the averaged weights into <paramref name="model"/> until the returned handle is disposed, which puts
    /// the live weights back.</summary>
    public IDisposable Apply(nn.Module model)
    {
        var live = WeightCopies.Of(model.state_dict());
        model.load_state_dict(_average);
        return new LiveWeights(model, live);
    }

    /// <summary>Replaces the average with a checkpoint's.</summary>
    public void Restore(IReadOnlyDictionary<string, Tensor> weights, long updates)
    {
        using var noGrad = no_grad();
        foreach (var (name, average) in _average)
        {
            if (!weights.TryGetValue(name, out var saved))
            {
                throw new InvalidDataException($"The checkpoint's weight average has no '{name}'; it was made by another architecture.");
            }
            average.copy_(saved);
        }
        Updates = updates;
    }

    public void Dispose() => WeightCopies.Dispose(_average);

    private sealed class LiveWeights(nn.Module model, Dictionary<string, Tensor> live) : IDisposable
    {
        public void Dispose()
        {
            model.load_state_dict(live);
            WeightCopies.Dispose(live);
        }
    }
}
