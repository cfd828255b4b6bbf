using Microsoft.ML.OnnxRuntime;
using MnistBlazor.Training.Export;
using OnnxContract = MnistBlazor.Recognition.Catalog.OnnxContract;

namespace MnistBlazor.Tests.Training.Export;

/// <summary>Runs an exported graph in ONNX Runtime, as the app will.</summary>
internal sealed class OnnxModelRunner(string path) : IDisposable
{
    public InferenceSession Session { get; } = new(path);

    /// <summary>Probabilities, flattened [N, 10], and the output's shape.</summary>
    public (float[] Probabilities, long[] Shape) Run(float[] images, int count)
    {
        using var runOptions = new RunOptions();
        using var input = OrtValue.CreateTensorValueFromMemory(images, [count, 1, 28, 28]);
        using var outputs = Session.Run(runOptions, [OnnxContract.InputName], [input], [OnnxContract.OutputName]);
        var output = outputs[0];
        return (output.GetTensorDataAsSpan<float>().ToArray(), output.GetTensorTypeAndShape().Shape);
    }

    public void Dispose() => Session.Dispose();
}
