using MnistBlazor.Training.Evaluation;
using MnistBlazor.Training.Export.Onnx;
using OnnxContract = MnistBlazor.Recognition.Catalog.OnnxContract;

namespace MnistBlazor.Training.MlNet;

/// <summary>Wraps ML.NET's exported graph into the models/ contract: input image [N,1,28,28] reshaped into the
/// pipeline's Pixels rows and summarised into its InkProfile, output probabilities [N,10] (ML.NET's Score, whose rows
/// already sum to 1).</summary>
internal static class MlNetContractGraph
{
    /// <summary>ConvertToOnnx names each exported column's value "&lt;column&gt;.output".</summary>
    private const string ScoreOutput = nameof(MlNetDigitPrediction.Score) + ".output";
    private const string PixelsInput = nameof(MlNetDigitRow.Pixels);
    private const string InkProfileInput = nameof(MlNetDigitRow.InkProfile);
    private const string PixelRowsShape = "image_to_pixel_rows_shape";

    public static ModelProto Wrap(ModelProto mlnet)
    {
        var graph = mlnet.Graph ?? throw new InvalidOperationException("The ML.NET export has no graph.");
        OnnxGraphPruning.KeepOnlyWhatFeeds(graph, ScoreOutput);
        // Before the contract's own nodes go in: they are written for opset 13 already.
        MlNetOpsetUpgrade.Apply(mlnet);
        RequireInputs(graph, PixelsInput, InkProfileInput);
        RequireUnusedNames(graph, [OnnxContract.InputName, OnnxContract.OutputName, PixelRowsShape, .. InkProfileGraph.Names]);

        graph.Input.Clear();
        graph.Input.Add(OnnxProtoParts.FloatTensor(OnnxContract.InputName, 1, OnnxContract.Side, OnnxContract.Side));
        graph.Initializer.Add(OnnxProtoParts.Int64Vector(PixelRowsShape, -1, OnnxContract.PixelCount));
        graph.Node.Insert(0, OnnxProtoParts.Node("Reshape", "image_to_pixel_rows", [OnnxContract.InputName, PixelRowsShape], [PixelsInput]));
        InkProfileGraph.Add(graph, OnnxContract.InputName, InkProfileInput);
        RenameOutput(graph, ScoreOutput, OnnxContract.OutputName);
        DeclareTreeEnsembleOutputs(graph);
        graph.Name = "mlnet";
        graph.DocString = "LightGBM (ML.NET) on the 784 pixels and their ink profile: image [N,1,28,28] 0..1 in, probabilities [N,10] out.";
        return mlnet;
    }

    private static void RequireInputs(GraphProto graph, params string[] expected)
    {
        var inputs = graph.Input.Select(i => i.Name).Order(StringComparer.Ordinal).ToList();
        if (!inputs.SequenceEqual(expected.Order(StringComparer.Ordinal)))
        {
            throw new InvalidOperationException(
                $"After pruning, the ML.NET graph's score needs inputs [{string.Join(", ", inputs)}]; the image feeds [{string.Join(", ", expected)}].");
        }
    }

    private static void RequireUnusedNames(GraphProto graph, IEnumerable<string> names)
    {
        var used = graph.Node.SelectMany(n => n.Input.Concat(n.Output)).Concat(graph.Initializer.Select(t => t.Name)).ToHashSet();
        var clash = names.FirstOrDefault(used.Contains);
        if (clash is not null)
        {
            throw new InvalidOperationException($"The ML.NET graph already uses the name '{clash}' that the contract wrapper needs.");
        }
    }

    /// <summary>ONNX's shape inference (e.g. Debian's onnx 1.12 checker) cannot type a TreeEnsembleRegressor's output,
    /// which leaves every node after it untyped; declaring it ([N, n_targets] floats) types the whole graph.</summary>
    private static void DeclareTreeEnsembleOutputs(GraphProto graph)
    {
        foreach (var node in graph.Node.Where(n => n.OpType == "TreeEnsembleRegressor"))
        {
            var targets = node.Attribute.SingleOrDefault(a => a.Name == "n_targets")?.I ?? 1;
            graph.ValueInfo.Add(OnnxProtoParts.FloatTensor(node.Output[0], targets));
        }
    }

    private static void RenameOutput(GraphProto graph, string from, string to)
    {
        var producer = graph.Node.Single(n => n.Output.Contains(from));
        producer.Output[producer.Output.IndexOf(from)] = to;
        graph.Output.Clear();
        graph.Output.Add(OnnxProtoParts.FloatTensor(to, OnnxContract.ClassCount));
    }
}
