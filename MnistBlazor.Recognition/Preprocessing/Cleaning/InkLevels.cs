namespace MnistBlazor.Recognition.Preprocessing.Cleaning;

/// <summary>Grey levels that separate ink from background in an "ink strength" plane.</summary>
/// <param name="Background">Typical background strength (the plane's median: ink is the minority).</param>
/// <param name="Noise">Robust standard deviation of the background.</param>
/// <param name="Threshold">Strength a pixel needs to seed a digit component (Otsu, but never inside the noise).</param>
/// <param name="Faintest">Weakest strength still grown onto a kept component as stroke edge.</param>
/// <param name="Floor">Strength mapped to 0 in the output.</param>
internal readonly record struct InkLevels(float Background, float Noise, float Threshold, float Faintest, float Floor)
{
    public static InkLevels Measure(ReadOnlySpan<float> strength, bool photo, DigitPreprocessorOptions options)
    {
        var histogram = new LevelHistogram();
        histogram.AddAll(strength);

        // A flat background was subtracted exactly, and bold strokes may cover more than half of a canvas, so only
        // photos estimate the background from the median (ink is the minority there).
        float background = photo ? histogram.Median : 0f;
        var noise = photo ? MathF.Max(0.5f, histogram.RobustSigma()) : 0.5f;
        var threshold = MathF.Max(histogram.Otsu(), background + MathF.Max(3f * noise, options.MinInkContrast / 2f));
        if (photo)
        {
            // Noisy paper: grow strokes down to just above the noise, and map the noise itself to black.
            return new InkLevels(background, noise, threshold, MathF.Min(threshold, background + (3f * noise)), background + (2f * noise));
        }

        // A flat background: keep every antialiased edge level as drawn.
        return new InkLevels(background, noise, threshold, MathF.Min(threshold, background + options.FaintestCleanInk), background);
    }
}
