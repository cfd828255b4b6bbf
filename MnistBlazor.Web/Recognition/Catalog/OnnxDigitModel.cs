using System.Runtime.InteropServices;
using Microsoft.ML.OnnxRuntime;
using MnistBlazor.Web.Recognition.Preprocessing;

namespace MnistBlazor.Web.Recognition.Catalog;

/// <summary>One loaded model: a long-lived ONNX Runtime session, safe to run from many threads at once.</summary>
public sealed class OnnxDigitModel : IDisposable
{
    private static readonly string[] InputNames = [OnnxContract.InputName];
    private static readonly string[] OutputNames = [OnnxContract.OutputName];

    private readonly InferenceSession session;

    internal OnnxDigitModel(string id, InferenceSession session, ModelCard? card)
    {
        Id = id;
        this.session = session;
        Card = card;
    }

    public string Id { get; }

    public ModelCard? Card { get; }

    /// <summary>Class probabilities, flattened [count, 10], for <paramref name="count"/> row-major 28x28 images.</summary>
    public float[] Predict(ReadOnlyMemory<float> images, int count = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (images.Length != count * DigitImage.PixelCount)
        {
            throw new ArgumentException(
                $"{count} image(s) need {count * DigitImage.PixelCount} pixels, got {images.Length}.", nameof(images));
        }

        var probabilities = new float[count * OnnxContract.ClassCount];
        using var runOptions = new RunOptions();
        // ONNX Runtime only reads its inputs, so the read-only pixels are handed over without a copy.
        using var input = OrtValue.CreateTensorValueFromMemory(
            OrtMemoryInfo.DefaultInstance, MemoryMarshal.AsMemory(images), [count, 1, DigitImage.Side, DigitImage.Side]);
        using var output = OrtValue.CreateTensorValueFromMemory(probabilities, [count, OnnxContract.ClassCount]);
        session.Run(runOptions, InputNames, [input], OutputNames, [output]);
        return probabilities;
    }

    public void Dispose() => session.Dispose();
}
