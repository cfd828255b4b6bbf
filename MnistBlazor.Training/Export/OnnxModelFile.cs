using Google.Protobuf;
using MnistBlazor.Training.Export.Onnx;

namespace MnistBlazor.Training.Export;

/// <summary>Reads and writes .onnx files; writes go to a temporary file that replaces the target only when complete.</summary>
public static class OnnxModelFile
{
    /// <summary>Adds or replaces one metadata_props entry of an existing model, e.g. the model card once it is known.</summary>
    public static void SetMetadata(string path, string key, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(value);
        var model = Load(path);
        SetMetadata(model, key, value);
        Save(model, path);
    }

    public static IReadOnlyDictionary<string, string> ReadMetadata(string path) =>
        Load(path).MetadataProps.ToDictionary(p => p.Key, p => p.Value);

    internal static void SetMetadata(ModelProto model, string key, string value)
    {
        var existing = model.MetadataProps.Where(p => p.Key == key).ToList();
        existing.ForEach(p => model.MetadataProps.Remove(p));
        model.MetadataProps.Add(new StringStringEntryProto { Key = key, Value = value });
    }

    internal static ModelProto Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = File.OpenRead(path);
        try
        {
            var model = ModelProto.Parser.ParseFrom(stream);
            return model.Graph is null
                ? throw new InvalidDataException($"'{path}' holds no ONNX graph.")
                : model;
        }
        catch (InvalidProtocolBufferException e)
        {
            throw new InvalidDataException($"'{path}' is not an ONNX model: {e.Message}", e);
        }
    }

    internal static void Save(ModelProto model, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        // Same directory as the target, so the final move is a rename and readers never see half a file.
        var temporary = $"{fullPath}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var stream = File.Create(temporary))
            {
                model.WriteTo(stream);
            }
            File.Move(temporary, fullPath, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
