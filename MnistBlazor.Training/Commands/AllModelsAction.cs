using MnistBlazor.Training.Workflow;
using MnistBlazor.Recognition.Catalog;
using MnistBlazor.Recognition.Gate;
using Spectre.Console;

namespace MnistBlazor.Training.Commands;

/// <summary>The verb-less command: trains, exports and evaluates all four models with the shipped settings, measures
/// their ensemble (models/ensemble.json), trains the digit gate (models/gate/), then prints the results tables.</summary>
public static class AllModelsAction
{
    public static Task<int> RunAsync(ModelPipeline pipeline, IAnsiConsole console, bool resume, bool quick, CancellationToken cancellationToken,
        Func<bool, bool, CancellationToken, Task<GateCard>>? trainGate = null) =>
        CommandErrors.RunAsync(console, async () =>
        {
            var cards = new List<ModelCard>();
            foreach (var id in ModelPipeline.TrainableIds)
            {
                var card = await pipeline.RunAsync(new PipelineRequest(id, Resume: resume, Quick: quick), cancellationToken).ConfigureAwait(false);
                cards.Add(card!);
            }
            if (await pipeline.MeasureEnsembleAsync(quick, cancellationToken).ConfigureAwait(false) is { } ensemble)
            {
                cards.Add(ensemble);
            }
            console.Write(ResultsTable(cards));
            if (trainGate is not null)
            {
                console.Write(GateCommand.Table(await trainGate(quick, resume, cancellationToken).ConfigureAwait(false)));
            }

            return 0;
        });

    public static Table ResultsTable(IEnumerable<ModelCard> cards)
    {
        var table = new Table().Title("MNIST test set (10,000 images)")
            .AddColumns("model", "test accuracy", "cross-validation", "parameters", "epochs", "s/epoch", "training");
        foreach (var c in cards)
        {
            table.AddRow(c.Id, $"{c.TestAccuracy:F2}%",
                c.CrossValidation is { } cv ? $"{cv.MeanAccuracy:F2}% ± {cv.StdAccuracy:F2} ({cv.Folds} folds)" : "-",
                c.ParameterCount.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), c.Epochs.ToString(System.Globalization.CultureInfo.InvariantCulture),
                c.SecondsPerEpoch is { } s ? $"{s:F0}" : "-", $"{c.TrainingSeconds / 60:F1} min");
        }
        return table;
    }
}
