using System.CommandLine;
using MnistBlazor.Training.Commands;
using MnistBlazor.Training.Workflow;
using Spectre.Console;

var paths = WorkflowPaths.FromWorkingDirectory();
var pipeline = new ModelPipeline(paths, AnsiConsole.Console);

var root = new RootCommand("MnistBlazor training: trains the digit models, exports them to models/ as ONNX graphs and evaluates them.")
{
    TrainCommand.Create(pipeline),
    PredictCommand.Create(AnsiConsole.Console),
};
return await root.Parse(args).InvokeAsync();
