namespace MnistBlazor.Recognition.Preprocessing;

/// <summary>
/// An ink-weighted centre of mass measured from the image's top-left edge, so pixel (0,0) spans 0..1
/// and the centre of the 28x28 output is exactly (14,14).
/// </summary>
public readonly record struct MassCentre(float X, float Y);
