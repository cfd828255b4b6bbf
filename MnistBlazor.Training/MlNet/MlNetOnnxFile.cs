using Google.Protobuf;
using MnistBlazor.Training.Export.Onnx;

namespace MnistBlazor.Training.MlNet;

/// <summary>Reads and writes ONNX model files for the mlnet export; a write never leaves a half-written file behind.</summary>
internal static class MlNetOnnxFile
{
    public static ModelProto Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"ONNX file {path} does not exist.", path);
        }
        try
        {
            return ModelProto.Parser.ParseFrom(File.ReadAllBytes(path));
        }
        catch (InvalidProtocolBufferException e)
        {
            throw new InvalidDataException($"{path} is not an ONNX model: {e.Message}", e);
        }
    }

    /// <summary>Writes beside the target and renames over it, so readers see the old file or the new one, never a torn one.</summary>
    public static void WriteAtomically(ModelProto model, string path) => Export.OnnxModelFile.Save(model, path);
}
