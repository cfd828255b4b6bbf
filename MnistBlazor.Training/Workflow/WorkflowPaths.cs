namespace MnistBlazor.Training.Workflow;

/// <summary>Where the training command reads and writes, relative to the repository root. --quick writes under
/// artifacts/quick/ so that a smoke run never touches the shipped models or a real run's checkpoints.</summary>
public sealed record WorkflowPaths(string Root, string? OutputRoot = null)
{
    private string Output => OutputRoot ?? Root;

    public string Data => Path.Combine(Root, "data", "mnist");
    public string Models => Path.Combine(Output, "models");
    public string Checkpoints => Path.Combine(Output, "checkpoints");
    public string Runs => Path.Combine(Output, "runs");

    public WorkflowPaths ForQuickRuns() => this with { OutputRoot = Path.Combine(Root, "artifacts", "quick") };

    public string CheckpointFor(string modelId) => Path.Combine(Checkpoints, modelId);

    /// <summary>The folder holding MnistBlazor.sln at or above the working directory, else the working directory.</summary>
    public static WorkflowPaths FromWorkingDirectory() => FromDirectory(Directory.GetCurrentDirectory());

    /// <summary>The folder holding MnistBlazor.sln at or above <paramref name="start"/>, else <paramref name="start"/>.</summary>
    public static WorkflowPaths FromDirectory(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MnistBlazor.sln")))
            {
                return new WorkflowPaths(dir.FullName);
            }
        }
        return new WorkflowPaths(start);
    }
}
