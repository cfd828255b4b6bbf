using TorchSharp;
using static TorchSharp.torch;

namespace MnistBlazor.Training.Training.Checkpoints;

/// <summary>Saves and loads a name-to-tensor dictionary (the best epoch's weights) without a module to load into.</summary>
internal static class TensorDictionaryFile
{
    public static void Save(string path, IReadOnlyDictionary<string, Tensor> tensors)
    {
        using var writer = new BinaryWriter(File.Create(path));
        writer.Write(tensors.Count);
        foreach (var (name, tensor) in tensors)
        {
            writer.Write(name);
            tensor.Save(writer);
        }
    }

    public static Dictionary<string, Tensor> Load(string path)
    {
        using var reader = new BinaryReader(File.OpenRead(path));
        var count = reader.ReadInt32();
        var tensors = new Dictionary<string, Tensor>(count);
        for (var i = 0; i < count; i++)
        {
            var name = reader.ReadString();
            tensors[name] = TensorExtensionMethods.Load(reader, skip: false).DetachFromDisposeScope();
        }
        return tensors;
    }
}
