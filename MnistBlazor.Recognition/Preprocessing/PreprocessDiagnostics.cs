namespace MnistBlazor.Recognition.Preprocessing;

/// <summary>What the preprocessor saw and decided, for the "what the model saw" views and API responses.</summary>
/// <param name="SourceWidth">Width of the decoded source image in pixels.</param>
/// <param name="SourceHeight">Height of the decoded source image in pixels.</param>
/// <param name="SourceFormat">Encoded format name (PNG, JPEG, ...), or null for an in-memory image.</param>
/// <param name="Polarity">How ink was told from the background.</param>
/// <param name="PhotoCleanupApplied">True when uneven lighting was evened out (the background was not flat).</param>
/// <param name="SourceInkBounds">The kept ink's bounding box in source pixels; null when blank.</param>
/// <param name="SourceCentreOfMass">The kept ink's centre of mass in source pixels; null when blank.</param>
/// <param name="CentreOfMass">The centre of mass in the 28x28 output; null when blank.</param>
/// <param name="ComponentsKept">Connected ink components kept as the digit.</param>
/// <param name="ComponentsDropped">Ink components dropped as specks, smudges or other marks.</param>
public sealed record PreprocessDiagnostics(
    int SourceWidth,
    int SourceHeight,
    string? SourceFormat,
    InkPolarity Polarity,
    bool PhotoCleanupApplied,
    InkBounds? SourceInkBounds,
    MassCentre? SourceCentreOfMass,
    MassCentre? CentreOfMass,
    int ComponentsKept,
    int ComponentsDropped);
