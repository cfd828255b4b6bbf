using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using MnistBlazor.Recognition.Preprocessing;

namespace MnistBlazor.Recognition.Catalog;

/// <summary>The interface every graph in models/ must offer: input "image" float [N,1,28,28] in 0..1 (white ink on black),
/// output "probabilities" float [N,10]; the model card as JSON under "model_card" in metadata_props. The one definition
/// that the training side writes and evaluates against and the app checks at load.</summary>
public static class OnnxContract
{
    public const string InputName = "image";
    public const string OutputName = "probabilities";
    public const string ModelCardKey = "model_card";
    public const int ClassCount = 10;
    public const int Side = DigitImage.Side;
    public const int PixelCount = DigitImage.PixelCount;

    /// <summary>What is wrong with the session's inputs and outputs, or null when it meets the contract.</summary>
    /// <param name="classCount">Probabilities per image: <see cref="ClassCount"/> for a digit model, 2 for the digit gate.</param>
    public static string? FindViolation(InferenceSession session, int classCount = ClassCount)
    {
        return Check(session.InputMetadata, InputName, "input", [1, DigitImage.Side, DigitImage.Side])
            ?? Check(session.OutputMetadata, OutputName, "output", [classCount]);
    }

    private static string? Check(IReadOnlyDictionary<string, NodeMetadata> nodes, string name, string kind, int[] sampleShape)
    {
        var expected = $"float [N,{string.Join(',', sampleShape)}] with a dynamic N";
        if (nodes.Count != 1 || !nodes.TryGetValue(name, out var node))
        {
            return $"expected one {kind} '{name}' ({expected}), found {Describe(nodes)}";
        }

        var dimensions = node.IsTensor ? node.Dimensions : [];
        var fits = node.IsTensor
            && node.ElementDataType == TensorElementType.Float
            && dimensions.Length == sampleShape.Length + 1
            && dimensions[0] == -1
            && dimensions.Skip(1).SequenceEqual(sampleShape);
        return fits ? null : $"{kind} '{name}' must be {expected}, found {Describe(nodes)}";
    }

    private static string Describe(IReadOnlyDictionary<string, NodeMetadata> nodes) => nodes.Count == 0
        ? "none"
        : string.Join(", ", nodes.Select(n => n.Value.IsTensor
            ? $"'{n.Key}' {n.Value.ElementDataType.ToString().ToLowerInvariant()} [{string.Join(',', n.Value.Dimensions.Select(d => d < 0 ? "N" : d.ToString(System.Globalization.CultureInfo.InvariantCulture)))}]"
            : $"'{n.Key}' ({n.Value.OnnxValueType})"));
}
