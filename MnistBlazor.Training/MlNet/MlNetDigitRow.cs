using Microsoft.ML.Data;
using MnistBlazor.Training.Evaluation;
using OnnxContract = MnistBlazor.Recognition.Catalog.OnnxContract;

namespace MnistBlazor.Training.MlNet;

/// <summary>One image as the ML.NET pipeline reads it. The label is a float because ConvertToOnnx
/// cannot export a pipeline whose label column is a byte or an integer.</summary>
internal sealed class MlNetDigitRow
{
    public float Label { get; set; }

    /// <summary>Pixels 0..1 (byte / 255), row-major, the same values the contract graph's input carries.</summary>
    [VectorType(OnnxContract.PixelCount)]
    public float[] Pixels { get; set; } = [];

    /// <summary><see cref="MlNet.InkProfile"/> of the pixels.</summary>
    [VectorType(MlNet.InkProfile.Length)]
    public float[] InkProfile { get; set; } = [];

    public static MlNetDigitRow From(float[] pixels, float label = 0) =>
        new() { Label = label, Pixels = pixels, InkProfile = MlNet.InkProfile.Compute(pixels) };
}

/// <summary>What the trained pipeline adds: one probability per digit, slot k for digit k.</summary>
internal sealed class MlNetDigitPrediction
{
    public float[] Score { get; set; } = [];
}
