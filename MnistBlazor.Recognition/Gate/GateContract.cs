using MnistBlazor.Recognition.Catalog;

namespace MnistBlazor.Recognition.Gate;

/// <summary>The digit gate's graph: models/gate/digit-gate.onnx, the same input as every digit model
/// (<see cref="OnnxContract"/>), output "probabilities" float [N,2]: not a digit, a digit. It lives in a subfolder so
/// the catalog, which loads models/*.onnx as digit models, never mistakes it for one.</summary>
public static class GateContract
{
    public const string FolderName = "gate";
    public const string ModelId = "digit-gate";
    public const string FileName = ModelId + ".onnx";
    public const string CardFileName = ModelId + ".json";
    public const int ClassCount = 2;
    public const int DigitClass = 1;

    public static string PathIn(string modelsDirectory) => Path.Combine(modelsDirectory, FolderName, FileName);
}
