using MnistBlazor.Training.Training;
using MnistBlazor.Training.Workflow;
using MnistBlazor.Recognition.Catalog;
using Spectre.Console;

namespace MnistBlazor.Training.Commands;

/// <summary>Progress for the terminal: a Spectre.Console progress bar with ETA per training run and a line per epoch
/// (the lines alone when the output is redirected to a log).</summary>
public sealed class ConsoleTrainingReporter(IAnsiConsole console, ProgressContext context) : ITrainingReporter
{
    /// <summary>Runs <paramref name="work"/> with a live progress display and a reporter bound to it.</summary>
    public static T Run<T>(IAnsiConsole console, Func<ConsoleTrainingReporter, T> work) =>
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context => work(new ConsoleTrainingReporter(console, context)));

    public ITrainingProgress Progress(string label) => new RunProgress(console, context, label);

    public void CrossValidationCompleted(string modelId, CrossValidationSummary summary) =>
        console.MarkupLineInterpolated(
            $"[bold]{modelId}[/] {summary.Folds}-fold cross-validation: {string.Join(", ", summary.FoldAccuracies.Select(a => $"{a:F2}%"))} -> mean [green]{summary.MeanAccuracy:F2}% ± {summary.StdAccuracy:F2}[/]");

    private sealed class RunProgress(IAnsiConsole console, ProgressContext context, string label) : ITrainingProgress
    {
        private ProgressTask? _task;
        private int _steps;
        private int _totalEpochs;

        public void EpochStarted(int epoch, int totalEpochs, int steps)
        {
            _totalEpochs = totalEpochs;
            _steps = steps;
            _task ??= context.AddTask(label, maxValue: (double)totalEpochs * steps);
            _task.Value = (double)(epoch - 1) * steps;
            _task.Description = $"{label} epoch {epoch}/{totalEpochs}";
        }

        public void StepCompleted(int step, double loss) => _task?.Increment(1);

        public void EpochCompleted(EpochMetrics m, bool isBest)
        {
            if (_task is not null)
            {
                _task.Value = (double)m.Epoch * _steps;
            }
            console.MarkupLineInterpolated(
                $"{label} epoch {m.Epoch}/{_totalEpochs}: train loss {m.TrainLoss:F4} acc {m.TrainAccuracy:P2} | {(m.ValidationLoss is { } loss ? $"val loss {loss:F4} acc {m.ValidationAccuracy:P2}{(isBest ? " (best)" : "")}" : "final fit, nothing held out")}{(m.LiveValidationAccuracy is { } live ? $" (live weights {live:P2})" : "")} | lr {m.LearningRate:G3} | {m.Seconds:F0} s");
        }
    }
}
