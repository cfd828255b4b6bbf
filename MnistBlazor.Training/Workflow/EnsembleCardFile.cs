using MnistBlazor.Training.Data;
using MnistBlazor.Training.Evaluation;
using MnistBlazor.Recognition;
using MnistBlazor.Recognition.Catalog;

namespace MnistBlazor.Training.Workflow;

/// <summary>models/ensemble.json: written by `evaluate` from the member graphs and cards in models/.</summary>
public static class EnsembleCardFile
{
    public const string Name = ModelIds.Ensemble + ".json";

    public const string Command = "dotnet run --project MnistBlazor.Training -- evaluate";

    /// <summary>The ensemble's members present in models/ with their cards, in the app's member order.</summary>
    public static IReadOnlyList<(string OnnxPath, ModelCard Card)> Members(WorkflowPaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return
        [
            .. ModelIds.EnsembleMembers
                .Select(id => (Onnx: Path.Combine(paths.Models, $"{id}.onnx"), Card: Path.Combine(paths.Models, $"{id}.json")))
                .Where(m => File.Exists(m.Onnx) && File.Exists(m.Card))
                .Select(m => (m.Onnx, ModelCard.FromJson(File.ReadAllText(m.Card)))),
        ];
    }

    /// <summary>Scores the ensemble on the test set and replaces models/ensemble.json atomically.</summary>
    public static ModelCard Write(WorkflowPaths paths, IReadOnlyList<(string OnnxPath, ModelCard Card)> members, IdxImages images, byte[] labels)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(members);
        var stale = members.Where(m => m.Card.OnnxSha256 != ModelPublisher.Sha256(m.OnnxPath)).Select(m => m.Card.Id).ToList();
        if (stale.Count > 0)
        {
            throw new InvalidDataException(
                $"The cards of {string.Join(", ", stale)} do not match their .onnx files; re-export them before measuring the ensemble.");
        }
        var evaluation = EnsembleEvaluator.Evaluate([.. members.Select(m => m.OnnxPath)], images, labels);
        var card = EnsembleCard.Create([.. members.Select(m => m.Card)], evaluation, Command);
        var path = Path.Combine(paths.Models, Name);
        File.WriteAllText(path + ".new", card.ToJson());
        File.Move(path + ".new", path, overwrite: true);
        return card;
    }
}
