using MnistBlazor.Training.Gate;
using MnistBlazor.Recognition.Preprocessing;
using SixLabors.ImageSharp;
using SkiaSharp;

namespace MnistBlazor.Tests.Recognition.Calibration;

/// <summary>Builds the labelled inputs the verdict rule is calibrated and checked on: negatives (drawn letters, scribbles,
/// noise) and positives (MNIST test digits, drawn digits, digits typed in fonts the digit gate never learnt from), each
/// preprocessed as the app does. The same seed gives the
/// same set; calibration and held-out sets use different seeds and different halves of the MNIST test set.</summary>
internal static class CalibrationSet
{
    public const string Letters = "letters";
    public const string Scribbles = "scribbles";
    public const string Noise = "noise";
    public const string MnistDigits = "MNIST digits";
    public const string DrawnDigits = "drawn digits";
    public const string TypedDigits = "typed digits";

    public static List<string> Categories { get; } = [Letters, Scribbles, Noise, MnistDigits, DrawnDigits, TypedDigits];

    public static IReadOnlyList<string> DigitCategories { get; } = [MnistDigits, DrawnDigits, TypedDigits];

    private static readonly Lazy<IReadOnlyList<SKTypeface>> Fonts = new(() => GateFonts.Load(GateFonts.CalibrationFiles));

    /// <param name="mnistHalf">0 draws MNIST digits from the first half of the test set, 1 from the second.</param>
    public static IReadOnlyList<CalibrationSample> Build(int seed, int perCategory, int mnistHalf, MnistTestDigits? mnist)
    {
        var preprocessor = new DigitPreprocessor();
        var jobs = Enumerable.Range(0, perCategory).SelectMany(i => Categories.Select(category => (category, i))).ToArray();
        return [.. jobs.AsParallel().AsOrdered().Select(job => Create(job.category, job.i, seed, mnistHalf, mnist, preprocessor)).OfType<CalibrationSample>()];
    }

    private static CalibrationSample? Create(string category, int index, int seed, int mnistHalf, MnistTestDigits? mnist, DigitPreprocessor preprocessor)
    {
        // Seeded per sample (not HashCode, which is salted per process) so each sample is the same in every run.
        var random = new Random((seed * 1_000_003) + (Categories.IndexOf(category) * 100_003) + index);
        switch (category)
        {
            case Letters:
                var letter = LetterGlyphs.All[random.Next(LetterGlyphs.All.Count)];
                return Preprocess(category, letter.Name, null, HandDrawing.Draw(letter.Strokes, random), preprocessor);
            case Scribbles:
                var (kind, strokes) = Calibration.Scribbles.Create(random);
                return Preprocess(category, kind, null, HandDrawing.Draw(strokes, random, wobble: false), preprocessor);
            case Noise:
                var noise = NoiseImages.Create(random);
                return Preprocess(category, noise.Kind, null, noise.Image, preprocessor);
            case TypedDigits:
                var typed = random.Next(10);
                var font = Fonts.Value[random.Next(Fonts.Value.Count)];
                return Preprocess(category, font.FamilyName, typed,
                    GateCanvas.Text(typed.ToString(System.Globalization.CultureInfo.InvariantCulture), font, random), preprocessor);
            case DrawnDigits:
                var (glyph, digit) = DigitGlyphs.All[random.Next(DigitGlyphs.All.Count)];
                return Preprocess(category, glyph.Name, digit, HandDrawing.Draw(glyph.Strokes, random), preprocessor);
            default:
                if (mnist is null)
                {
                    return null;
                }

                var half = mnist.Count / 2;
                var picked = (mnistHalf * half) + random.Next(half);
                return Preprocess(category, $"test #{picked}", mnist.Label(picked), mnist.Image(picked), preprocessor);
        }
    }

    private static CalibrationSample Preprocess(string category, string kind, int? digit, Image image, DigitPreprocessor preprocessor)
    {
        using (image)
        {
            return new CalibrationSample(category, kind, digit, preprocessor.Process(image).Digit);
        }
    }
}
