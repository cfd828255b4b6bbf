namespace MnistBlazor.Web.Recognition.Catalog;

/// <summary>Finds the models folder: the configured one, else the repository's models/.</summary>
public static class ModelsDirectory
{
    public const string SolutionFile = "MnistBlazor.sln";
    public const string FolderName = "models";

    /// <summary>The configured folder (relative to <paramref name="startDirectory"/>) or, when none is configured, models/
    /// beside the nearest MnistBlazor.sln at or above <paramref name="startDirectory"/>; failing that, its own models/.</summary>
    public static string Resolve(string? configured, string startDirectory)
    {
        var start = Path.GetFullPath(startDirectory);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured, start);
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
