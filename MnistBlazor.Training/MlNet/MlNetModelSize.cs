namespace MnistBlazor.Training.MlNet;

/// <summary>The mlnet model's size for its model card: trees have no weights, so its "parameters" are its tree nodes,
/// each holding one learned value (a split threshold or a leaf score).</summary>
public static class MlNetModelSize
{
    public static long TreeNodeCount(string onnxPath)
    {
        var graph = MlNetOnnxFile.Read(onnxPath).Graph;
        return graph.Node
            .Where(n => n.OpType == "TreeEnsembleRegressor")
            .SelectMany(n => n.Attribute.Where(a => a.Name == "nodes_nodeids"))
            .Sum(a => (long)a.Ints.Count);
    }
}
