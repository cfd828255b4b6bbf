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
        "Add", "ArgMax", "Cast", "Clip", "Concat", "Div", "Identity", "Max", "Mul", "Not", "Reshape", "Sigmoid", "Sum",
    ];

    public static void Apply(ModelProto model)
    {
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

    private static bool IsStandard(string domain) => domain is "" or "ai.onnx";
}
