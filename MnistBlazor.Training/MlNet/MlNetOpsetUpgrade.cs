using MnistBlazor.Training.Export.Onnx;

namespace MnistBlazor.Training.MlNet;

/// <summary>Raises the default-domain opset of ML.NET's export (at most 12) to the contract's 13.
/// Only done for operators whose opset-13 definition adds types but keeps the semantics; anything else is refused.</summary>
internal static class MlNetOpsetUpgrade
{
    public const long ContractOpset = 13;
    /// <summary>IR version 7 is the one that introduced opset 13.</summary>
    private const long ContractIrVersion = 7;

    private static readonly HashSet<string> SameInOpset13 =
    [
        "ReduceSum", "Add", "ArgMax", "Cast", "Clip", "Concat", "Div", "Exp", "Identity", "Max", "Mul", "Not", "Reshape", "Sigmoid", "Sum",
    ];

    public static void Apply(ModelProto model)
    {
        MoveReduceSumAxesToInput(model.Graph);
        var changed = model.Graph.Node
            .Where(n => IsStandard(n.Domain) && !SameInOpset13.Contains(n.OpType))
            .Select(n => n.OpType)
            .Distinct()
            .ToList();
        if (changed.Count > 0)
        {
            throw new NotSupportedException(
                $"The ML.NET graph uses {string.Join(", ", changed)}, not checked to mean the same at opset {ContractOpset}.");
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

    // Opset 13 moved ReduceSum's axes from an attribute to a second input; the meaning is otherwise the same.
    private static void MoveReduceSumAxesToInput(GraphProto graph)
    {
        var index = 0;
        foreach (var node in graph.Node.Where(n => IsStandard(n.Domain) && n.OpType == "ReduceSum"))
        {
            var axes = node.Attribute.SingleOrDefault(a => a.Name == "axes");
            if (axes is not null)
            {
                var name = $"reduce_sum_axes_{index++}";
                var tensor = new TensorProto { Name = name, DataType = (int)TensorProto.Types.DataType.Int64 };
                tensor.Dims.Add(axes.Ints.Count);
                tensor.Int64Data.AddRange(axes.Ints);
                graph.Initializer.Add(tensor);
                node.Attribute.Remove(axes);
                node.Input.Add(name);
            }
        }
    }

    private static bool IsStandard(string domain) => domain is "" or "ai.onnx";
}
