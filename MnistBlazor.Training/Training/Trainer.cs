using System.Diagnostics;
using MnistBlazor.Training.Data;
using MnistBlazor.Training.Training.Checkpoints;
using MnistBlazor.Training.Training.Schedules;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace MnistBlazor.Training.Training;

/// <summary>Trains one deep model: AdamW, a selectable learning-rate schedule, on-the-fly augmentation, early stopping
/// on validation loss (best weights restored), an optional moving average of the weights, a checkpoint after every epoch
/// and resume from it. Without a validation set (a final fit on every training digit) each epoch is scored on its training
/// batches only and the last epoch is kept.</summary>
public sealed class Trainer(TrainingOptions options, ITrainingProgress? progress = null, TensorBoardLog? tensorBoard = null)
{
    private readonly ITrainingProgress _progress = progress ?? ITrainingProgress.None;
    private readonly Augmentation _augmentation = new(options.Augmentation);

    public TrainingResult Train(nn.Module<Tensor, Tensor> model, DigitSet train, DigitSet? validation,
        Checkpoint? checkpoint = null, bool resume = false, CancellationToken cancellationToken = default)
    {
        if (validation is null)
        {
            options.CheckFinalFit();
        }
        var stepsPerEpoch = (int)(train.Count / options.BatchSize) + (train.Count % options.BatchSize >= 2 ? 1 : 0);
        using var optimizer = optim.AdamW(model.parameters(), options.MaxLearningRate, weight_decay: options.WeightDecay);
        var schedule = LearningRateSchedule.Create(options.Schedule, options.MaxLearningRate, options.Epochs, stepsPerEpoch);
        using var earlyStopping = new EarlyStopping(options.Patience);
        using var average = options.WeightAverageDecay > 0 ? new WeightAverage(model, options.WeightAverageDecay) : null;
        var run = new RunState();
        random.manual_seed(options.Seed);

        if (resume && checkpoint is { Exists: true })
        {
            run = Resume(checkpoint, model, optimizer, schedule, earlyStopping, average);
        }

        var stoppedEarly = earlyStopping.ShouldStop;
        for (var epoch = run.CompletedEpochs + 1; epoch <= options.Epochs && !stoppedEarly; epoch++)
        {
            var clock = Stopwatch.StartNew();
            _progress.EpochStarted(epoch, options.Epochs, stepsPerEpoch);
            var (trainLoss, trainAccuracy, rate) = TrainEpoch(model, optimizer, schedule, train, epoch, ref run.Step, stepsPerEpoch, average, cancellationToken);
            var (validationLoss, validationAccuracy, live, isBest) = Validate(model, validation, epoch, earlyStopping, average);
            if (validationLoss is { } loss)
            {
                schedule.EndEpoch(loss);
            }
            run.TrainingSeconds += clock.Elapsed.TotalSeconds;
            var metrics = new EpochMetrics(epoch, trainLoss, trainAccuracy, validationLoss, validationAccuracy, rate, clock.Elapsed.TotalSeconds,
                live?.Loss, live?.Accuracy);
            run.History.Add(metrics);
            run.CompletedEpochs = epoch;
            tensorBoard?.Epoch(metrics);
            checkpoint?.Save(Snapshot(run, schedule, earlyStopping, average), model, earlyStopping.BestWeights, optimizer, average?.Weights);
            _progress.EpochCompleted(metrics, isBest);
            stoppedEarly = earlyStopping.ShouldStop;
        }

        if (validation is null)
        {
            return new TrainingResult(run.History, run.CompletedEpochs, null, null, StoppedEarly: false, run.TrainingSeconds);
        }
        earlyStopping.RestoreBest(model);
        var best = run.History.FirstOrDefault(h => h.Epoch == earlyStopping.BestEpoch);
        return new TrainingResult(run.History, earlyStopping.BestEpoch, earlyStopping.BestLoss,
            best?.ValidationAccuracy ?? 0, stoppedEarly && run.CompletedEpochs < options.Epochs, run.TrainingSeconds);
    }

    /// <summary>Scores the epoch on the validation set (the weight average's figures when there is one, the live weights'
    /// beside them) and tells early stopping; with no validation set there is nothing to score and the epoch counts as the
    /// best so far, since the last one is kept.</summary>
    private static (double? Loss, double? Accuracy, (double Loss, double Accuracy)? Live, bool IsBest) Validate(
        nn.Module<Tensor, Tensor> model, DigitSet? validation, int epoch, EarlyStopping earlyStopping, WeightAverage? average)
    {
        if (validation is null)
        {
            return (null, null, null, true);
        }
        var (loss, accuracy) = ModelScoring.Score(model, validation);
        if (average is null)
        {
            return (loss, accuracy, null, earlyStopping.Observe(epoch, loss, model));
        }
        // The average is what ships, so it is what early stopping and the schedule judge; the live figures are kept beside it.
        using var averaged = average.Apply(model);
        var (averageLoss, averageAccuracy) = ModelScoring.Score(model, validation);
        return (averageLoss, averageAccuracy, (loss, accuracy), earlyStopping.Observe(epoch, averageLoss, model));
    }

    private (double Loss, double Accuracy, double Rate) TrainEpoch(nn.Module<Tensor, Tensor> model, AdamW optimizer,
        LearningRateSchedule schedule, DigitSet train, int epoch, ref long step, int steps, WeightAverage? average, CancellationToken cancellationToken)
    {
        model.train();
        using var order = randperm(train.Count);
        double lossSum = 0;
        long correct = 0, seen = 0;
        var rate = 0.0;
        for (var b = 0; b < steps; b++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var scope = NewDisposeScope();
            var start = (long)b * options.BatchSize;
            var indices = order.narrow(0, start, Math.Min(options.BatchSize, train.Count - start));
            var images = _augmentation.Apply(train.Images.index_select(0, indices));
            var labels = train.Labels.index_select(0, indices);
            if (b == 0 && epoch <= 2)
            {
                tensorBoard?.Samples("augmented_training_digits", images, epoch);
            }
            rate = schedule.RateAt(step);
            foreach (var group in optimizer.ParamGroups)
            {
                group.LearningRate = rate;
            }
            optimizer.zero_grad();
            var logits = model.forward(images);
            var loss = nn.functional.cross_entropy(logits, labels, label_smoothing: options.LabelSmoothing);
            loss.backward();
            optimizer.step();
            average?.Update(model);
            step++;
            var batchLoss = loss.item<float>();
            lossSum += batchLoss * labels.shape[0];
            correct += logits.argmax(1).eq(labels).sum().item<long>();
            seen += labels.shape[0];
            _progress.StepCompleted(b + 1, batchLoss);
        }
        return (lossSum / seen, (double)correct / seen, rate);
    }

    private RunState Resume(Checkpoint checkpoint, nn.Module model, AdamW optimizer, LearningRateSchedule schedule, EarlyStopping earlyStopping,
        WeightAverage? average)
    {
        var (state, bestWeights, averageWeights) = checkpoint.Load(model, optimizer, options.Fingerprint());
        schedule.LoadState(state.Schedule);
        earlyStopping.Restore(state.BestLoss, state.BestEpoch, state.EpochsWithoutImprovement, bestWeights);
        if (average is not null)
        {
            average.Restore(averageWeights ?? throw new InvalidDataException($"The checkpoint in {checkpoint.Directory} has no weight average."),
                state.AverageUpdates);
        }
        WeightCopies.Dispose(bestWeights);
        WeightCopies.Dispose(averageWeights);
        using var rng = tensor(state.RngState);
        random.set_rng_state(rng);
        return new RunState
        {
            CompletedEpochs = state.CompletedEpochs,
            Step = state.Step,
            History = [.. state.History],
            TrainingSeconds = state.TrainingSeconds,
        };
    }

    private CheckpointState Snapshot(RunState run, LearningRateSchedule schedule, EarlyStopping earlyStopping, WeightAverage? average)
    {
        using var rng = random.get_rng_state();
        return new CheckpointState
        {
            Fingerprint = options.Fingerprint(),
            CompletedEpochs = run.CompletedEpochs,
            Step = run.Step,
            History = [.. run.History],
            BestLoss = earlyStopping.BestLoss,
            BestEpoch = earlyStopping.BestEpoch,
            EpochsWithoutImprovement = earlyStopping.EpochsWithoutImprovement,
            Schedule = schedule.SaveState(),
            RngState = rng.data<byte>().ToArray(),
            TrainingSeconds = run.TrainingSeconds,
            AverageUpdates = average?.Updates ?? 0,
        };
    }

    private sealed class RunState
    {
        public int CompletedEpochs;
        public long Step;
        public List<EpochMetrics> History = [];
        public double TrainingSeconds;
    }
}
