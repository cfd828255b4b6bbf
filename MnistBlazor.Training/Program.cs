using System.CommandLine;
using Microsoft.Extensions.Logging;
using MnistBlazor.Training.Commands;
using MnistBlazor.Training.Data.Acquisition;
using MnistBlazor.Training.Robustness;
using MnistBlazor.Training.Workflow;
using Spectre.Console;

var console = AnsiConsole.Console;
var paths = WorkflowPaths.FromWorkingDirectory();
using var loggers = LoggerFactory.Create(logging => logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Information));
using var http = MnistSources.CreateHttpClient();
Func<CancellationToken, Task<MnistPaths>> acquireMnist = ct => MnistAcquisition.CreateDefault(http, loggers, paths.Root).EnsureAsync(paths.Data, ct);
var pipeline = new ModelPipeline(paths, console, acquireMnist);

var resume = new Option<bool>("--resume") { Description = "Continue interrupted runs from their checkpoints." };
var quick = new Option<bool>("--quick") { Description = "A small smoke run of every model on a subset." };
var root = new RootCommand("MnistBlazor training. Without a command: trains, exports and evaluates all four models with the shipped settings, then the digit gate.")
{
    resume,
    quick,
    TrainCommand.Create(pipeline, console),
    ExportCommand.Create(paths, console, acquireMnist),
    EvaluateCommand.Create(paths, console, acquireMnist),
    PredictCommand.Create(console),
    GateCommand.Create(paths, console, acquireMnist),
    RobustnessCommand.Create(paths, console, acquireMnist, RobustnessGroups.All),
};
root.SetAction((result, ct) => AllModelsAction.RunAsync(pipeline, console, result.GetValue(resume), result.GetValue(quick), ct,
    (q, r, token) => GateCommand.TrainAsync(paths, console, acquireMnist, q, r, augmentation: null, token)));
return await root.Parse(args).InvokeAsync();
