using SkiaSharp;

namespace MnistBlazor.Training.Gate;

/// <summary>The fonts the digit gate and the classifiers' typed digits are drawn in. None of their families is in the held-out
/// "fonts" and "photos" sets (benchmarks/non-mnist-sets/font_set.py), so those sets still measure fonts the gate never saw.</summary>
public static class GateFonts
{
    /// <summary>(file, Debian package); handwriting-like faces first. The classifiers' typed digits and the gate.</summary>
    public static IReadOnlyList<(string Path, string Package)> Files { get; } =
    [
        ("/usr/share/fonts/opentype/bwht/BecauseWeBuild-Regular.otf", "fonts-bwht"),
        ("/usr/share/fonts/opentype/bwht/BecauseWeConnect-Regular.otf", "fonts-bwht"),
        ("/usr/share/fonts/opentype/bwht/BecauseWeCreate-Regular.otf", "fonts-bwht"),
        ("/usr/share/fonts/opentype/bwht/BecauseWeLearn-Regular.otf", "fonts-bwht"),
        ("/usr/share/fonts/opentype/bwht/BecauseWeMentor-Regular.otf", "fonts-bwht"),
        ("/usr/share/fonts/opentype/bwht/BecauseWeOrganize-Regular.otf", "fonts-bwht"),
        ("/usr/share/fonts/truetype/cabinsketch/CabinSketch-Regular.ttf", "fonts-cabinsketch"),
        ("/usr/share/fonts/opentype/kaushanscript/KaushanScript-Regular.otf", "fonts-kaushanscript"),
        ("/usr/share/fonts/truetype/leckerli-one/LeckerliOne-Regular.ttf", "fonts-leckerli-one"),
        ("/usr/share/fonts/opentype/lobster/lobster.otf", "fonts-lobster"),
        ("/usr/share/fonts/truetype/isabella/Isabella.ttf", "fonts-isabella"),
        ("/usr/share/fonts/opentype/joscelyn/Joscelyn-Regular.otf", "fonts-joscelyn"),
        ("/usr/share/fonts/opentype/cabin/Cabin-Regular.otf", "fonts-cabin"),
        ("/usr/share/fonts/opentype/cabin/Cabin-BoldItalic.otf", "fonts-cabin"),
        ("/usr/share/fonts/truetype/comfortaa/Comfortaa-Regular.ttf", "fonts-comfortaa"),
        ("/usr/share/fonts/truetype/comfortaa/Comfortaa-Bold.ttf", "fonts-comfortaa"),
        ("/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf", "fonts-crosextra-carlito"),
        ("/usr/share/fonts/truetype/crosextra/Caladea-Italic.ttf", "fonts-crosextra-caladea"),
        ("/usr/share/fonts/truetype/open-sans/OpenSans-Regular.ttf", "fonts-open-sans"),
        ("/usr/share/fonts/truetype/open-sans/OpenSans-CondBold.ttf", "fonts-open-sans"),
        ("/usr/share/fonts/truetype/quicksand/Quicksand-Regular.ttf", "fonts-quicksand"),
        ("/usr/share/fonts/truetype/roboto/unhinted/RobotoCondensed-Italic.ttf", "fonts-roboto-unhinted"),
        ("/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Bold.ttf", "fonts-roboto-unhinted"),
        ("/usr/share/fonts/truetype/inconsolata/Inconsolata.otf", "fonts-inconsolata"),
    ];

    /// <summary>Handwriting faces the gate learns from besides <see cref="Files"/>, added after the shipped classifiers were
    /// trained (whose typed digits come from <see cref="Files"/> alone, so that their command still makes them). On the
    /// development fonts 8 of the ensemble's 11 unsure answers were the gate doubting script digits it had no face like.</summary>
    public static IReadOnlyList<(string Path, string Package)> HandwritingFiles { get; } =
    [
        ("/usr/share/fonts/truetype/ecolier-court/Ecolier-court.ttf", "fonts-ecolier-court"),
        ("/usr/share/fonts/truetype/dustin/Domestic_Manners.ttf", "fonts-dustin"),
        ("/usr/share/fonts/truetype/staypuft/StayPuft.ttf", "fonts-staypuft"),
        ("/usr/share/fonts/truetype/aenigma/aescrawl.ttf", "fonts-aenigma"),
        ("/usr/share/fonts/truetype/aenigma/jmacscrl.ttf", "fonts-aenigma"),
        ("/usr/share/fonts/truetype/aenigma/madscrwl.ttf", "fonts-aenigma"),
        ("/usr/share/fonts/truetype/aenigma/rambling.ttf", "fonts-aenigma"),
    ];

    /// <summary>Every face the gate learns from: <see cref="Files"/> and <see cref="HandwritingFiles"/>.</summary>
    public static IReadOnlyList<(string Path, string Package)> GateFiles { get; } = [.. Files, .. HandwritingFiles];

    /// <summary>Fonts the gate never learns from, for the verdict calibration's typed digits (MnistBlazor.Tests): the
    /// thresholds are fitted on digits typed in faces the gate has not seen, as users' digits will be.</summary>
    public static IReadOnlyList<(string Path, string Package)> CalibrationFiles { get; } =
    [
        ("/usr/share/fonts/truetype/klee/KleeOne-Regular.ttf", "fonts-klee"),
        ("/usr/share/fonts/truetype/klee/KleeOne-SemiBold.ttf", "fonts-klee"),
        ("/usr/share/fonts/truetype/lato/Lato-Light.ttf", "fonts-lato"),
        ("/usr/share/fonts/truetype/lato/Lato-Black.ttf", "fonts-lato"),
        ("/usr/share/fonts/opentype/jura/Jura-Regular.otf", "fonts-jura"),
        ("/usr/share/fonts/opentype/cantarell/Cantarell-Regular.otf", "fonts-cantarell"),
        ("/usr/share/fonts/opentype/linux-libertine/LinLibertine_R.otf", "fonts-linuxlibertine"),
        ("/usr/share/fonts/opentype/linux-libertine/LinBiolinum_RI.otf", "fonts-linuxlibertine"),
    ];

    /// <summary>Loads every font, or fails naming the packages to install and any font without all ten digits.</summary>
    public static IReadOnlyList<SKTypeface> Load() => Load(Files);

    public static IReadOnlyList<SKTypeface> Load(IReadOnlyList<(string Path, string Package)> files)
    {
        var missing = files.Where(f => !File.Exists(f.Path)).Select(f => f.Package).Distinct().Order().ToArray();
        if (missing.Length > 0)
        {
            throw new FileNotFoundException(
                $"The digit gate learns from fonts that are not installed: apt-get install -y {string.Join(' ', missing)}");
        }

        return [.. files.Select(f =>
        {
            var typeface = SKTypeface.FromFile(f.Path) ?? throw new InvalidDataException($"Font {f.Path} ({f.Package}) could not be read.");
            return Drawable(typeface, "0123456789").Length == 10
                ? typeface
                : throw new InvalidDataException($"Font {f.Path} ({f.Package}) lacks digit glyphs; take it off GateFonts.Files.");
        })];
    }

    /// <summary>The characters of <paramref name="candidates"/> the font draws with ink: some faces map a character to
    /// an empty glyph, which <see cref="SKTypeface.ContainsGlyph(int)"/> alone would count.</summary>
    public static string Drawable(SKTypeface typeface, string candidates)
    {
        using var paint = new SKPaint { Typeface = typeface, TextSize = 100 };
        return string.Concat(candidates.Where(c =>
        {
            using var path = paint.GetTextPath(c.ToString(), 0, 0);
            return typeface.ContainsGlyph(c) && !path.IsEmpty;
        }));
    }
}
