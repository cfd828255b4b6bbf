using Microsoft.ML.OnnxRuntime;
using MnistBlazor.Training.Data;

namespace MnistBlazor.Tests.Training.MlNet;

/// <summary>Runs a contract graph directly in ONNX Runtime: images as [N,1,28,28] floats 0..1 in, [N,10] probabilities out.</summary>
internal static class ContractSession
{
    public static float[][] Probabilities(InferenceSession session, IdxImages images, int start = 0, int? count = null)
    {
        var n = count ?? images.Count - start;
        var pixels = images.Pixels.AsSpan(start * 784, n * 784).ToArray().Select(b => b / 255f).ToArray();
        using var input = OrtValue.CreateTensorValueFromMemory(pixels, [n, 1, 28, 28]);
        using var runOptions = new RunOptions();
        using var outputs = session.Run(runOptions, ["image"], [input], ["probabilities"]);
        var shape = outputs[0].GetTensorTypeAndShape().Shape;
        Assert.Equal([n, 10], shape);
        var flat = outputs[0].GetTensorDataAsSpan<float>().ToArray();
        return [.. flat.Chunk(10)];
    }
}
