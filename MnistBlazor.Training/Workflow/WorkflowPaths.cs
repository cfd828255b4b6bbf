namespace MnistBlazor.Training.Workflow;

/// <summary>Where the training command reads and writes, relative to the repository root.</summary>
public sealed record WorkflowPaths(string Root)
{
    public string Data => Path.Combine(Root, "data", "mnist");
    public string Models => Path.Combine(Root, "models");
    public string Checkpoints => Path.Combine(Root, "checkpoints");
    public string Runs => Path.Combine(Root, "runs");

    public string CheckpointFor(string modelId) => Path.Combine(Checkpoints, modelId);

    /// <summary>The folder holding MnistBlazor.sln at or above the working directory, else the working directory.</summary>
    public static WorkflowPaths FromWorkingDirectory()
    {
        var start = Directory.GetCurrentDirectory();
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
