using System.Runtime.InteropServices;
using Microsoft.ML.OnnxRuntime;
using MnistBlazor.Recognition.Preprocessing;

namespace MnistBlazor.Recognition.Catalog;

/// <summary>One loaded model (a digit model, or the digit gate): a long-lived ONNX Runtime session, safe to run from
/// many threads at once.</summary>
public sealed class OnnxDigitModel : IDisposable
{
    private static readonly string[] InputNames = [OnnxContract.InputName];
    private static readonly string[] OutputNames = [OnnxContract.OutputName];

    private readonly InferenceSession session;

    internal OnnxDigitModel(string id, InferenceSession session, ModelCard? card, int classCount = OnnxContract.ClassCount)
    {
        Id = id;
        this.session = session;
        Card = card;
        ClassCount = classCount;
    }

    public string Id { get; }

    public ModelCard? Card { get; }

    /// <summary>Probabilities per image: 10 digits, or 2 for the digit gate.</summary>
    public int ClassCount { get; }

    /// <summary>Class probabilities, flattened [count, <see cref="ClassCount"/>], for <paramref name="count"/> row-major 28x28 images.</summary>
    public float[] Predict(ReadOnlyMemory<float> images, int count = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (images.Length != count * DigitImage.PixelCount)
        {
            throw new ArgumentException(
                $"{count} image(s) need {count * DigitImage.PixelCount} pixels, got {images.Length}.", nameof(images));
        }

        var probabilities = new float[count * ClassCount];
        using var runOptions = new RunOptions();
        // ONNX Runtime only reads its inputs, so the read-only pixels are handed over without a copy.
        using var input = OrtValue.CreateTensorValueFromMemory(
            OrtMemoryInfo.DefaultInstance, MemoryMarshal.AsMemory(images), [count, 1, DigitImage.Side, DigitImage.Side]);
        using var output = OrtValue.CreateTensorValueFromMemory(probabilities, [count, ClassCount]);
        session.Run(runOptions, InputNames, [input], OutputNames, [output]);
        return probabilities;
    }

    public void Dispose() => session.Dispose();
}
