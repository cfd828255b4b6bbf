using MnistBlazor.Recognition.Verdicts;

namespace MnistBlazor.Tests.Recognition.Calibration;

/// <summary>The tool that writes MnistBlazor.Recognition/Verdicts/DigitShapes.bin, and checks on the shipped file.</summary>
public sealed class DigitShapesToolTests
{
    public static string ShippedPath => Path.Combine(ShippedModels.Root, "MnistBlazor.Recognition", "Verdicts", "DigitShapes.bin");

    [CalibrationFact]
    public void FitDigitShapesFromTheMnistTrainingSet()
    {
        var shapes = DigitShapesFit.Fit(
            Path.Combine(ShippedModels.Root, "data", "mnist", "train-images-idx3-ubyte"),
            Path.Combine(ShippedModels.Root, "data", "mnist", "train-labels-idx1-ubyte"));

        using (var file = File.Create(ShippedPath))
        {
            shapes.Write(file);
        }

        using var written = File.OpenRead(ShippedPath);
        Assert.Equal(DigitShapesFit.Components, DigitShapes.Read(written).ComponentCount);
    }
}
