using MnistBlazor.Recognition;
using MnistBlazor.Recognition.Preprocessing;

namespace MnistBlazor.Tests.Web.Components.Fakes;

/// <summary>Recognition results as the real recognizer shapes them.</summary>
public static class FakeResults
{
    public static RecognitionResult Digit(int digit, float confidence, string modelId = ModelIds.Ensemble) =>
        new(modelId, Verdict.Digit, digit, confidence, Probabilities(digit, confidence), Seen(), Diagnostics(), 1.5);

    public static RecognitionResult Unsure(int bestGuess, float confidence, string modelId = ModelIds.Ensemble) =>
        new(modelId, Verdict.Unsure, null, confidence, Probabilities(bestGuess, confidence), Seen(), Diagnostics(), 1.5);

    public static RecognitionResult NoDigit(string modelId = ModelIds.Ensemble) =>
        new(modelId, Verdict.NoDigit, null, 0f, [], null, Diagnostics(), 0.4);

    /// <summary>The best digit gets <paramref name="confidence"/>; the rest share what is left.</summary>
    public static float[] Probabilities(int best, float confidence)
    {
        var probabilities = Enumerable.Repeat((1f - confidence) / 9f, 10).ToArray();
        probabilities[best] = confidence;
        return probabilities;
    }

    /// <summary>A 28x28 image with a vertical bar, like a 1.</summary>
    public static DigitImage Seen()
    {
        var pixels = new float[DigitImage.PixelCount];
        for (var y = 4; y < 24; y++)
        {
            pixels[(y * DigitImage.Side) + 14] = 1f;
        }

        return new DigitImage(pixels);
    }

    private static PreprocessDiagnostics Diagnostics() =>
        new(140, 140, "PNG", InkPolarity.LightInkOnDark, false, new InkBounds(20, 10, 60, 120), new MassCentre(50, 70),
            new MassCentre(14, 14), 1, 0);
}
