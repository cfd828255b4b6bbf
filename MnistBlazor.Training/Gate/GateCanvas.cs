using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SkiaSharp;

namespace MnistBlazor.Training.Gate;

/// <summary>Draws one gate sample on a square canvas with SkiaSharp: typed text (a font glyph, optionally emboldened) or
/// pen strokes, turned, slanted and placed at random; white on black or black on white. The app's preprocessing then
/// makes the 28x28 the gate learns from, exactly as it would for a user's picture.</summary>
public static class GateCanvas
{
    public const int Side = 112;

    /// <summary>Typed text: filled as the font draws it, emboldened, or (one time in five) only its outline, as
    /// hollow "bubble" lettering and outline fonts draw digits.</summary>
    public static Image<L8> Text(string text, SKTypeface typeface, Random random)
    {
        using var paint = new SKPaint { Typeface = typeface, TextSize = 100, IsAntialias = true, Color = SKColors.White };
        using var path = paint.GetTextPath(text, 0, 0);
        if (path.IsEmpty)
        {
            throw new InvalidDataException($"Font {typeface.FamilyName} has no glyph for '{text}'.");
        }

        var style = random.NextDouble();
        if (style < 0.2)
        {
            var outline = Between(random, 1.5f, 4f);
            return Draw(path, random, scale => new SKPaint
            {
                IsAntialias = true, Color = SKColors.White, Style = SKPaintStyle.Stroke, StrokeWidth = outline / scale,
                StrokeJoin = SKStrokeJoin.Round,
            });
        }

        var bold = style < 0.45 ? Between(random, 0f, 6f) : 0f;
        return Draw(path, random, scale => new SKPaint
        {
            IsAntialias = true, Color = SKColors.White, Style = bold > 0 ? SKPaintStyle.StrokeAndFill : SKPaintStyle.Fill,
            StrokeWidth = bold / scale, StrokeJoin = SKStrokeJoin.Round,
        });
    }

    /// <summary>Strokes in a unit box (x right, y down) drawn with a round pen 5-10% of the canvas wide.</summary>
    public static Image<L8> Strokes(SKPath strokes, Random random)
    {
        var penWidth = Between(random, 0.05f, 0.1f) * Side;
        return Draw(strokes, random, scale => new SKPaint
        {
            IsAntialias = true, Color = SKColors.White, Style = SKPaintStyle.Stroke, StrokeWidth = penWidth / scale,
            StrokeCap = SKStrokeCap.Round, StrokeJoin = SKStrokeJoin.Round,
        });
    }

    /// <summary>Filled shapes (ink blots) in a unit box.</summary>
    public static Image<L8> Filled(SKPath shapes, Random random) =>
        Draw(shapes, random, _ => new SKPaint { IsAntialias = true, Color = SKColors.White, Style = SKPaintStyle.Fill });

    public static float Between(Random random, float low, float high) => low + (random.NextSingle() * (high - low));

    /// <summary>Fits the shape's bounds to 40-75% of the canvas after a random turn and slant, anywhere it stays inside.</summary>
    private static Image<L8> Draw(SKPath shape, Random random, Func<float, SKPaint> paintForScale)
    {
        var bounds = shape.TightBounds;
        var turn = Between(random, -15f, 15f);
        var slant = Between(random, -0.2f, 0.2f);
        var shaping = SKMatrix.Concat(SKMatrix.CreateRotationDegrees(turn), SKMatrix.CreateSkew(slant, 0));
        shaping = SKMatrix.Concat(shaping, SKMatrix.CreateTranslation(-bounds.MidX, -bounds.MidY));
        using var shaped = new SKPath(shape);
        shaped.Transform(shaping);
        var extent = shaped.TightBounds;
        var scale = Between(random, 0.4f, 0.75f) * Side / MathF.Max(MathF.Max(extent.Width, extent.Height), 1e-3f);
        var (width, height) = (extent.Width * scale, extent.Height * scale);
        var left = Between(random, 4f, MathF.Max(4f, Side - 4f - width)) - (extent.Left * scale);
        var top = Between(random, 4f, MathF.Max(4f, Side - 4f - height)) - (extent.Top * scale);

        using var bitmap = new SKBitmap(new SKImageInfo(Side, Side, SKColorType.Alpha8, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        using (var paint = paintForScale(scale))
        {
            canvas.Clear(SKColors.Transparent);
            canvas.Translate(left, top);
            canvas.Scale(scale);
            canvas.DrawPath(shaped, paint);
        }

        var coverage = bitmap.GetPixelSpan().ToArray();
        var rowBytes = bitmap.RowBytes;
        var inverted = random.Next(2) == 0;
        var image = new Image<L8>(Side, Side);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < Side; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < Side; x++)
                {
                    var ink = coverage[(y * rowBytes) + x];
                    row[x] = new L8(inverted ? (byte)(255 - ink) : ink);
                }
            }
        });
        return image;
    }
}
