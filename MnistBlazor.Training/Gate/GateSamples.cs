using MnistBlazor.Training.Data;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;
using SkiaSharp;

namespace MnistBlazor.Training.Gate;

/// <summary>The digit gate's training data: digits (MNIST training digits, typed digits) against non-digits (typed
/// letters, letter pairs and symbols, scribbles), every one preprocessed by the app's own pipeline so the gate sees what
/// the classifiers see; ink blots and scattered specks too, which preprocessing can pass for ink. Label 1 = a digit, 0 = not a digit. The same seed gives the same set.</summary>
public sealed class GateSamples(IdxImages mnistTrain, IReadOnlyList<SKTypeface> fonts)
{
    public const long NotADigit = 0;
    public const long ADigit = 1;

    /// <summary>Printed letters unlike any digit (left out: O o I l i Z z S s B b g q, written like 0 1 2 5 8 6 9).</summary>
    public const string Letters = "ACDEFGHJKLMNPQRTUVWXYacdefhjkmnprtuvwxy";

    public const string Symbols = "#&@%?+=*<>{}~^§¶€£¥";

    private static readonly (string Kind, double Share)[] Kinds =
    [
        ("MNIST digit", 0.30), ("typed digit", 0.25), ("typed letter", 0.18), ("letter pair", 0.05), ("symbol", 0.05), ("blots", 0.04), ("specks", 0.03), ("scribble", 0.10),
    ];

    /// <summary>Builds <paramref name="count"/> samples (fewer when preprocessing finds no digit-sized ink in some), with
    /// each sample's kind ("MNIST digit", "typed letter", "scribble", ...).</summary>
    public (DigitSet Set, string[] Kinds) Build(int count, int seed) => SyntheticSet.Build(count, seed, Draw);

    /// <summary>Per font, the letters and symbols it draws with ink: found once, not for every sample (each check renders
    /// the glyph's outline).</summary>
    private readonly Dictionary<SKTypeface, (string Letters, string Symbols)> drawable = fonts.Distinct()
        .ToDictionary(font => font, font => (DrawableOrFail(font, Letters), DrawableOrFail(font, Symbols)));

    private static string Pick(Random random)
    {
        var roll = random.NextDouble();
        foreach (var (kind, share) in Kinds)
        {
            if ((roll -= share) < 0)
            {
                return kind;
            }
        }

        return Kinds[^1].Kind;
    }

    private (Image Image, long Label, string Kind) Draw(Random random)
    {
        var kind = Pick(random);
        var font = fonts[random.Next(fonts.Count)];
        Image image = kind switch
        {
            "MNIST digit" => MnistImage(random.Next(mnistTrain.Count), random),
            "typed digit" => GateCanvas.Text(random.Next(10).ToString(System.Globalization.CultureInfo.InvariantCulture), font, random),
            "typed letter" => GateCanvas.Text(Any(drawable[font].Letters, random, 1), font, random),
            "letter pair" => GateCanvas.Text(Any(drawable[font].Letters, random, 2), font, random),
            "symbol" => GateCanvas.Text(Any(drawable[font].Symbols, random, 1), font, random),
            "blots" => Blots(random),
            "specks" => Specks(random),
            _ => Scribble(random),
        };
        return (image, kind is "MNIST digit" or "typed digit" ? ADigit : NotADigit, kind);
    }

    private static string Any(string drawable, Random random, int length) =>
        string.Concat(Enumerable.Range(0, length).Select(_ => drawable[random.Next(drawable.Length)]));

    private static string DrawableOrFail(SKTypeface font, string candidates)
    {
        var drawable = GateFonts.Drawable(font, candidates);
        return drawable.Length == 0 ? throw new InvalidDataException($"Font {font.FamilyName} draws none of \"{candidates}\".") : drawable;
    }

    /// <summary>One to four filled ellipses of different sizes, apart or overlapping.</summary>
    private static Image<L8> Blots(Random random)
    {
        using var path = new SKPath();
        for (var i = random.Next(1, 5); i > 0; i--)
        {
            var (rx, ry) = (GateCanvas.Between(random, 0.04f, 0.2f), GateCanvas.Between(random, 0.04f, 0.2f));
            path.AddOval(SKRect.Create(random.NextSingle() - rx, random.NextSingle() - ry, 2 * rx, 2 * ry));
        }

        return GateCanvas.Filled(path, random);
    }

    /// <summary>Five to forty tiny dots scattered about: grain or dust that survives the cleaning.</summary>
    private static Image<L8> Specks(Random random)
    {
        using var path = new SKPath();
        for (var i = random.Next(5, 41); i > 0; i--)
        {
            path.AddCircle(random.NextSingle(), random.NextSingle(), GateCanvas.Between(random, 0.008f, 0.03f));
        }

        return GateCanvas.Filled(path, random);
    }

    private static Image<L8> Scribble(Random random)
    {
        using var path = GateScribbles.Create(random);
        return GateCanvas.Strokes(path, random);
    }

    /// <summary>The training digit enlarged 3-5x (bicubic), as a scan or a canvas would bring it, on either polarity:
    /// users' pictures are never 28x28, and preprocessing a large image gives different strokes than a tiny one.</summary>
    private Image<L8> MnistImage(int index, Random random)
    {
        var (rows, columns) = (mnistTrain.Rows, mnistTrain.Columns);
        var image = Image.LoadPixelData<L8>(mnistTrain.Pixels.AsSpan(index * rows * columns, rows * columns), columns, rows);
        var scale = random.Next(3, 6);
        var inverted = random.Next(2) == 0;
        image.Mutate(x =>
        {
            x.Resize(columns * scale, rows * scale, KnownResamplers.Bicubic);
            if (inverted)
            {
                x.Invert();
            }
        });
        return image;
    }
}
