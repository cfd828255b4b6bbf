using MnistBlazor.Training.Export.Onnx;

namespace MnistBlazor.Training.MlNet;

/// <summary>Raises the default-domain opset of ML.NET's export (at most 12) to the contract's 13. Operators whose opset-13
/// definition only adds types are kept; ReduceSum, whose axes moved from an attribute to an input, is rewritten;
/// anything else is refused rather than silently reinterpreted.</summary>
internal static class MlNetOpsetUpgrade
{
    public const long ContractOpset = 13;
    /// <summary>IR version 7 is the one that introduced opset 13.</summary>
    private const long ContractIrVersion = 7;

    private static readonly HashSet<string> SameInOpset13 =
    [
        "Add", "ArgMax", "Cast", "Clip", "Concat", "Div", "Exp", "Identity", "Max", "Mul", "Not", "Reshape", "Sigmoid", "Sum",
    ];

    public static void Apply(ModelProto model)
    {
        var standardNodes = model.Graph.Node.Where(n => IsStandard(n.Domain)).ToList();
        var changed = standardNodes
            .Select(n => n.OpType)
            .Where(op => !SameInOpset13.Contains(op) && op != "ReduceSum")
            .Distinct()
            .ToList();
        if (changed.Count > 0)
        {
            throw new NotSupportedException(
                $"The ML.NET graph uses {string.Join(", ", changed)}, not checked to mean the same at opset {ContractOpset}.");
        }
        foreach (var reduceSum in standardNodes.Where(n => n.OpType == "ReduceSum"))
        {
            MoveAxesToInput(model.Graph, reduceSum);
        }
        var standard = model.OpsetImport.SingleOrDefault(o => IsStandard(o.Domain));
        if (standard is null)
        {
            model.OpsetImport.Add(new OperatorSetIdProto { Domain = "", Version = ContractOpset });
        }
        else
        {
            standard.Version = Math.Max(standard.Version, ContractOpset);
        }
        model.IrVersion = Math.Max(model.IrVersion, ContractIrVersion);
    }

    /// <summary>ReduceSum-13 takes its axes as an int64 input; without axes both versions reduce over all of them.</summary>
    private static void MoveAxesToInput(GraphProto graph, NodeProto node)
    {
        var axes = node.Attribute.SingleOrDefault(a => a.Name == "axes");
        if (axes is null)
        {
            return;
        }
        node.Attribute.Remove(axes);
        var name = $"{node.Output[0]}_axes";
        graph.Initializer.Add(OnnxProtoParts.Int64Vector(name, [.. axes.Ints]));
        node.Input.Add(name);
    }

    private static bool IsStandard(string domain) => domain is "" or "ai.onnx";
}
