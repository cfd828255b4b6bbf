using System.Text.RegularExpressions;
using MnistBlazor.Tests.Recognition;
using MnistBlazor.Training.Gate;

namespace MnistBlazor.Tests.Training.Gate;

public sealed partial class GateFontsTests
{
    [Fact]
    public void NoFontTheModelsLearnFromComesFromAPackageOfTheHeldOutSetsOrTheCalibration()
    {
        var heldOut = PackageName().Matches(File.ReadAllText(Path.Combine(ShippedModels.Root, "benchmarks", "non-mnist-sets", "font_set.py")))
            .Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        var calibration = GateFonts.CalibrationFiles.Select(f => f.Package).ToHashSet(StringComparer.Ordinal);

        Assert.True(heldOut.Count >= 10, $"font_set.py names only {heldOut.Count} font packages; has its format changed?");
        Assert.DoesNotContain(GateFonts.GateFiles, f => heldOut.Contains(f.Package) || calibration.Contains(f.Package));
    }

    [Fact]
    public void TheGateLearnsFromEveryClassifierFontAndTheHandwritingOnes()
    {
        Assert.Equal(GateFonts.Files.Count + GateFonts.HandwritingFiles.Count, GateFonts.GateFiles.Count);
        Assert.Empty(GateFonts.Files.Intersect(GateFonts.HandwritingFiles));
    }

    [Fact]
    public void ACharacterWhoseGlyphHasNoInkIsNotDrawable()
    {
        var font = GateFonts.Load(GateFonts.CalibrationFiles)[0];

        // A space has a glyph in every font, and no outline.
        Assert.True(font.ContainsGlyph(' '));
        Assert.Equal("12", GateFonts.Drawable(font, "1 2"));
    }

    [GeneratedRegex(@"fonts-[a-z0-9-]+")]
    private static partial Regex PackageName();
}
