using TorchSharp.Modules;
using static TorchSharp.torch;

namespace MnistBlazor.Training.Training;

/// <summary>Writes TensorBoard event files under runs/ with TorchSharp's own SummaryWriter.</summary>
/// <remarks>The writer appends each event to its file as it goes; it has nothing to close.</remarks>
public sealed class TensorBoardLog(string directory)
{
    private readonly SummaryWriter _writer = utils.tensorboard.SummaryWriter(directory);

    public string Directory { get; } = directory;

    public void Epoch(EpochMetrics m)
    {
        _writer.add_scalar("loss/train", (float)m.TrainLoss, m.Epoch);
        _writer.add_scalar("accuracy/train", (float)m.TrainAccuracy, m.Epoch);
        if (m.ValidationLoss is { } loss && m.ValidationAccuracy is { } accuracy)
        {
            _writer.add_scalar("loss/validation", (float)loss, m.Epoch);
            _writer.add_scalar("accuracy/validation", (float)accuracy, m.Epoch);
        }
        if (m.LiveValidationLoss is { } liveLoss && m.LiveValidationAccuracy is { } liveAccuracy)
        {
            _writer.add_scalar("loss/validation_live_weights", (float)liveLoss, m.Epoch);
            _writer.add_scalar("accuracy/validation_live_weights", (float)liveAccuracy, m.Epoch);
        }
        _writer.add_scalar("learning_rate", (float)m.LearningRate, m.Epoch);
        _writer.add_scalar("seconds_per_epoch", (float)m.Seconds, m.Epoch);
    }

    /// <summary>Up to 64 digits of a batch as one 8x8 grid image (e.g. augmented training samples).</summary>
    public void Samples(string tag, Tensor batch, int step)
    {
        using var scope = NewDisposeScope();
        var count = (int)Math.Min(64, batch.shape[0]);
        var columns = 8;
        var rows = (count + columns - 1) / columns;
        var padded = zeros(rows * columns, 1, 28, 28);
        padded.narrow(0, 0, count).copy_(batch.narrow(0, 0, count).detach());
        var grid = padded.view(rows, columns, 28, 28).permute(0, 2, 1, 3).reshape(1, rows * 28, columns * 28);
        _writer.add_img(tag, grid.expand(3, -1, -1).contiguous(), step, dataformats: "CHW");
    }
}
