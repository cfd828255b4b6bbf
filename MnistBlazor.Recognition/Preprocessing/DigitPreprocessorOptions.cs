namespace MnistBlazor.Recognition.Preprocessing;

/// <summary>Limits and thresholds of the digit preprocessing pipeline; bound from configuration.</summary>
public sealed record DigitPreprocessorOptions
{
    /// <summary>Widest accepted image, decided from the header before decoding.</summary>
    public int MaxWidth { get; init; } = 4096;

    /// <summary>Tallest accepted image, decided from the header before decoding.</summary>
    public int MaxHeight { get; init; } = 4096;

    /// <summary>Largest accepted encoded file.</summary>
    public int MaxEncodedBytes { get; init; } = 32 * 1024 * 1024;

    /// <summary>The limits an upload (REST, the upload page, the command line) is held to.</summary>
    public DecodeLimits UploadLimits => new(MaxWidth, MaxHeight, MaxEncodedBytes);

    /// <summary>
    /// Larger images are box-averaged by a whole factor until their longer side is at most this before analysis: the
    /// digit ends up 20 px tall anyway, and fewer pixels keep a 280x280 canvas well under a millisecond.
    /// </summary>
    public int WorkingMaxSide { get; init; } = 256;

    /// <summary>Grey levels (0..255) the border may vary by and still count as a clean, flat background.</summary>
    public float FlatBackgroundTolerance { get; init; } = 12f;

    /// <summary>Weakest ink, in grey levels above the background, that can make a digit.</summary>
    public float MinInkContrast { get; init; } = 24f;

    /// <summary>How many noise standard deviations the ink must stand above the background.</summary>
    public float MinContrastToNoise { get; init; } = 5f;

    /// <summary>Faintest level (grey levels above a flat background) still kept as antialiased stroke edge.</summary>
    public float FaintestCleanInk { get; init; } = 4f;

    /// <summary>Background estimation window for photos, as a fraction of the image's shorter side.</summary>
    public float BackgroundWindowFraction { get; init; } = 0.2f;

    /// <summary>Components smaller than this fraction of the image area are specks.</summary>
    public float MinComponentFraction { get; init; } = 0.0005f;

    /// <summary>A digit's longer side must reach this fraction of the image's shorter side.</summary>
    public float MinDigitSideFraction { get; init; } = 0.04f;

    /// <summary>Extra parts of a digit (the bar of a 5) must reach this fraction of the main part's area.</summary>
    public float DigitPartMinAreaFraction { get; init; } = 0.05f;

    /// <summary>Extra parts of a digit must lie within this fraction of the main part's size from it.</summary>
    public float DigitPartMaxGapFraction { get; init; } = 0.35f;

    /// <summary>
    /// Length, in stroke widths (a part's area over its stroke width squared), that at least one part of the
    /// ink must reach to be a digit: a dot or tap measures about 0.8, the bar of a short "1" three or more.
    /// </summary>
    public float MinStrokeLengthInWidths { get; init; } = 2f;

    /// <summary>Throws an <see cref="ArgumentOutOfRangeException"/> naming the first setting that cannot work.</summary>
    public void Validate()
    {
        Require(MaxWidth >= 1, nameof(MaxWidth), MaxWidth, "at least 1");
        Require(MaxHeight >= 1, nameof(MaxHeight), MaxHeight, "at least 1");
        Require(MaxEncodedBytes >= 1, nameof(MaxEncodedBytes), MaxEncodedBytes, "at least 1");
        Require(WorkingMaxSide >= 28, nameof(WorkingMaxSide), WorkingMaxSide, "at least 28");
        Require(FlatBackgroundTolerance is >= 0 and < 128, nameof(FlatBackgroundTolerance), FlatBackgroundTolerance, "in 0..128");
        Require(MinInkContrast is > 0 and < 255, nameof(MinInkContrast), MinInkContrast, "in 0..255");
        Require(MinContrastToNoise >= 0, nameof(MinContrastToNoise), MinContrastToNoise, "not negative");
        Require(FaintestCleanInk is > 0 and < 255, nameof(FaintestCleanInk), FaintestCleanInk, "in 0..255");
        Require(BackgroundWindowFraction is > 0 and <= 1, nameof(BackgroundWindowFraction), BackgroundWindowFraction, "in 0..1");
        Require(MinComponentFraction is >= 0 and < 1, nameof(MinComponentFraction), MinComponentFraction, "in 0..1");
        Require(MinDigitSideFraction is >= 0 and < 1, nameof(MinDigitSideFraction), MinDigitSideFraction, "in 0..1");
        Require(DigitPartMinAreaFraction is >= 0 and <= 1, nameof(DigitPartMinAreaFraction), DigitPartMinAreaFraction, "in 0..1");
        Require(DigitPartMaxGapFraction >= 0, nameof(DigitPartMaxGapFraction), DigitPartMaxGapFraction, "not negative");
        Require(MinStrokeLengthInWidths >= 0, nameof(MinStrokeLengthInWidths), MinStrokeLengthInWidths, "not negative");
    }

    private static void Require(bool holds, string name, object value, string expected)
    {
        if (!holds)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{nameof(DigitPreprocessorOptions)}.{name} must be {expected}.");
        }
    }
}
