using MnistBlazor.Recognition;

namespace MnistBlazor.Tests.Recognition;

/// <summary>Files of the repository the tests run from: the shipped models and the MNIST download.</summary>
internal static class ShippedModels
{
    public static string Root { get; } = FindRoot();

    public static string Models => Path.Combine(Root, "models");

    public static string MnistTestImages => Path.Combine(Root, "data", "mnist", "t10k-images-idx3-ubyte");

    public static string MnistTestLabels => Path.Combine(Root, "data", "mnist", "t10k-labels-idx1-ubyte");

    public static bool HasModels(IEnumerable<string> ids) => ids.All(id => File.Exists(Path.Combine(Models, id + ".onnx")));

    public static bool HasEnsemble => HasModels(ModelIds.EnsembleMembers);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MnistBlazor.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No MnistBlazor.sln above {AppContext.BaseDirectory}.");
    }
}

/// <summary>A test that needs the repository's trained models (they read real digits; random graphs do not). Skipped,
/// saying which are missing, when models/ does not hold them.</summary>
internal sealed class ShippedModelsFactAttribute : FactAttribute
{
    public ShippedModelsFactAttribute(params string[] ids)
    {
        var needed = ids.Length == 0 ? ModelIds.EnsembleMembers : ids;
        if (!ShippedModels.HasModels(needed))
        {
            Skip = $"Needs trained {string.Join(", ", needed)} in {ShippedModels.Models}.";
        }
    }
}
