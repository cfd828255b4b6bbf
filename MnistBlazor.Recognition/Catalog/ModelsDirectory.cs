namespace MnistBlazor.Recognition.Catalog;

/// <summary>Finds the models folder: the configured one, else the app's own models/, else the repository's models/.</summary>
public static class ModelsDirectory
{
    public const string SolutionFile = "MnistBlazor.sln";
    public const string FolderName = "models";

    /// <summary>The configured folder (relative to <paramref name="startDirectory"/>); when none is configured, models/
    /// beside the app in <paramref name="appDirectory"/> if that exists (a published app, whatever its working directory),
    /// else models/ beside the nearest MnistBlazor.sln at or above <paramref name="startDirectory"/> (a build run from the
    /// repository); failing both, its own models/.</summary>
    public static string Resolve(string? configured, string startDirectory, string? appDirectory = null)
    {
        var start = Path.GetFullPath(startDirectory);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured, start);
        }

        if (appDirectory is not null && Directory.Exists(Path.Combine(appDirectory, FolderName)))
        {
            return Path.GetFullPath(Path.Combine(appDirectory, FolderName));
        }

        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return Path.Combine(directory.FullName, FolderName);
            }
        }

        return Path.Combine(start, FolderName);
    }
}
