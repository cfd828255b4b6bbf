using MnistBlazor.Recognition.Preprocessing;

namespace MnistBlazor.Tests.Recognition.Calibration;

/// <summary>One input of the calibration set after preprocessing.</summary>
/// <param name="Category">One of <see cref="CalibrationSet"/>'s categories.</param>
/// <param name="Digit">The true digit of a positive; null for a negative.</param>
/// <param name="Seen">What the models see; null when preprocessing found no digit (the verdict is then "no digit").</param>
internal sealed record CalibrationSample(string Category, string Kind, int? Digit, DigitImage? Seen)
{
    public bool IsDigit => Digit is not null;
}
