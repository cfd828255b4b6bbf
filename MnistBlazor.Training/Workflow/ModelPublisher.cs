using System.Security.Cryptography;
using MnistBlazor.Training.Data;
using MnistBlazor.Training.Evaluation;
using MnistBlazor.Training.Export;
using Export = MnistBlazor.Training.Export;
using MnistBlazor.Recognition.Catalog;
using OnnxContract = MnistBlazor.Recognition.Catalog.OnnxContract;

namespace MnistBlazor.Training.Workflow;

/// <summary>Turns a freshly written ONNX graph into a shipped model: scores it on the MNIST test set through ML.NET,
/// writes the card into the graph's metadata and beside it as models/&lt;id&gt;.json. The shipped pair is replaced
/// only once the new graph is complete and scored, so a failure leaves the previous model in place.</summary>
public sealed class ModelPublisher(WorkflowPaths paths)
{
    public string StagingPathFor(string modelId)
    {
        Directory.CreateDirectory(paths.Models);
        return Path.Combine(paths.Models, $"{modelId}.onnx.new");
    }

    /// <param name="describe">Fills the card from the test-set evaluation (the hash is set here).</param>
    public ModelCard Publish(string modelId, string stagingPath, IdxImages testImages, byte[] testLabels,
        Func<OnnxEvaluation, ModelCard> describe, CancellationToken cancellationToken)
    {
        try
        {
            var evaluation = OnnxModelEvaluator.Evaluate(stagingPath, testImages, testLabels, cancellationToken);
            // The graph carries the card without its own hash (a file cannot contain its hash); the .json has it.
            var card = describe(evaluation) with { OnnxSha256 = "" };
            OnnxModelFile.SetMetadata(stagingPath, OnnxContract.ModelCardKey, card.ToJson());
            card = card with { OnnxSha256 = Sha256(stagingPath) };

            Install(stagingPath, Path.Combine(paths.Models, $"{modelId}.onnx"), Path.Combine(paths.Models, $"{modelId}.json"), card.ToJson());
            return card;
        }
        finally
        {
            File.Delete(stagingPath);
        }
    }

    /// <summary>Puts a complete staged graph and its card in place: the card is written beside its final name first,
    /// then each file is renamed over the shipped one, so neither is ever seen half written.</summary>
    public static void Install(string stagingPath, string onnxPath, string cardPath, string cardJson)
    {
        File.WriteAllText(cardPath + ".new", cardJson);
        File.Move(stagingPath, onnxPath, overwrite: true);
        File.Move(cardPath + ".new", cardPath, overwrite: true);
    }

    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
