using MnistBlazor.Recognition.Preprocessing.Pixels;

namespace MnistBlazor.Recognition.Preprocessing.Cleaning;

/// <summary>Turns a grey plane, in place, into ink strength above the background (0 = background, ink bright).</summary>
internal static class InkStrength
{
    /// <returns>The polarity found, and whether photo clean-up (uneven light removal) ran.</returns>
    public static (InkPolarity Polarity, bool PhotoCleanup) Extract(GrayPlane plane, AlphaTreatment alpha, DigitPreprocessorOptions options)
    {
        var border = BorderSurvey.Measure(plane, options.FlatBackgroundTolerance);
        var alphaIsInk = alpha == AlphaTreatment.AlphaAsInk;
        if (!border.IsFlat)
        {
            var inverted = UnevenLightFlattening.Apply(plane, options.BackgroundWindowFraction, inkKnownLight: alphaIsInk);
            return (alphaIsInk ? InkPolarity.AlphaAsInk : inverted ? InkPolarity.DarkInkOnLight : InkPolarity.LightInkOnDark, true);
        }

        float level = border.Level;
        var polarity = alphaIsInk ? InkPolarity.AlphaAsInk : InkPolarity.LightInkOnDark;
        if (!alphaIsInk && InkIsDarkerThan(plane, border.Level, options.FlatBackgroundTolerance))
        {
            polarity = InkPolarity.DarkInkOnLight;
            level = 255f - level;
            foreach (ref var value in plane.Pixels)
            {
                value = 255f - value;
            }
        }

        if (level > 0f)
        {
            foreach (ref var value in plane.Pixels)
            {
                value = MathF.Max(0f, value - level);
            }
        }

        return (polarity, false);
    }

    /// <summary>
    /// On a flat background everything off the background's tone is ink (or compression ringing, which is weak and
    /// two-sided), so the ink lies on the side with more mass: even a few specks decide it.
    /// </summary>
    private static bool InkIsDarkerThan(GrayPlane plane, int backgroundLevel, float tolerance)
    {
        var whole = new LevelHistogram();
        whole.AddAll(plane.Pixels);
        return whole.MassBeyond(backgroundLevel, tolerance, below: true) > whole.MassBeyond(backgroundLevel, tolerance, below: false);
    }
}
