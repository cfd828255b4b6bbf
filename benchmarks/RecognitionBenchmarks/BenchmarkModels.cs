using Microsoft.Extensions.Logging.Abstractions;
using MnistBlazor.Recognition;

namespace MnistBlazor.Benchmarks.RecognitionBenchmarks;

/// <summary>The recognizer over the real models: MNISTBLAZOR_MODELS names the folder, else the repository's models/.</summary>
public static class BenchmarkModels
{
    public const string FolderVariable = "MNISTBLAZOR_MODELS";

    public static StandaloneRecognizer Load(string modelId)
    {
        var options = new RecognitionOptions { ModelsDirectory = Environment.GetEnvironmentVariable(FolderVariable) };
        var recognizer = StandaloneRecognizer.Create(options, AppContext.BaseDirectory, NullLoggerFactory.Instance);
        var status = recognizer.Models.Single(m => m.Id == modelId);
        var missingMembers = ModelIds.EnsembleMembers.Where(id => !recognizer.Models.Single(m => m.Id == id).IsAvailable).ToList();
        if (!status.IsAvailable || (modelId == ModelIds.Ensemble && missingMembers.Count > 0))
        {
            var reason = status.UnavailableReason ?? $"members missing: {string.Join(", ", missingMembers)}";
            recognizer.Dispose();
            throw new InvalidOperationException(
                $"'{modelId}' cannot be benchmarked from {recognizer.ModelsDirectory} ({reason}); set {FolderVariable} to a folder with the trained models.");
        }

        return recognizer;
    }
}
