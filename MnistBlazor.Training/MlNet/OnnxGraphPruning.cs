using MnistBlazor.Training.Export.Onnx;

namespace MnistBlazor.Training.MlNet;

/// <summary>Cuts a graph down to what one output needs. ML.NET exports every pipeline column (label, features,
/// predicted key) and so asks for a Label input even to score; the probabilities depend on the pixels only.</summary>
internal static class OnnxGraphPruning
{
    public static void KeepOnlyWhatFeeds(GraphProto graph, string output)
    {
        if (graph.Output.All(o => o.Name != output))
        {
            throw new InvalidOperationException(
                $"The ML.NET graph has no output '{output}' (outputs: {string.Join(", ", graph.Output.Select(o => o.Name))}).");
        }
        var needed = new HashSet<string> { output };
        var kept = new List<NodeProto>();
        // ONNX stores nodes in topological order, so one backward pass finds every producer of a needed value.
        foreach (var node in graph.Node.Reverse())
        {
            if (!node.Output.Any(needed.Contains))
            {
                continue;
            }
            RequireNoSubgraphs(node);
            kept.Add(node);
            needed.UnionWith(node.Input.Where(i => i.Length > 0));
        }
        kept.Reverse();
        Replace(graph.Node, kept);
        Replace(graph.Initializer, [.. graph.Initializer.Where(t => needed.Contains(t.Name))]);
        Replace(graph.Input, [.. graph.Input.Where(i => needed.Contains(i.Name))]);
        Replace(graph.Output, [.. graph.Output.Where(o => o.Name == output)]);
        // Stale shapes of removed values would only mislead; ONNX Runtime infers the rest.
        graph.ValueInfo.Clear();
    }

    private static void RequireNoSubgraphs(NodeProto node)
    {
        if (node.Attribute.Any(a => a.Type is AttributeProto.Types.AttributeType.Graph or AttributeProto.Types.AttributeType.Graphs))
        {
            throw new NotSupportedException($"Node '{node.Name}' ({node.OpType}) has a subgraph, whose outer inputs pruning does not track.");
        }
    }

    private static void Replace<T>(Google.Protobuf.Collections.RepeatedField<T> field, List<T> items)
    {
        field.Clear();
        field.AddRange(items);
    }
}
