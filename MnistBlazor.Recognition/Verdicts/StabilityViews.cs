using MnistBlazor.Recognition.Preprocessing;

namespace MnistBlazor.Recognition.Verdicts;

/// <summary>The 28x28 digit and a few slightly moved copies of it (turned, shrunk, shifted). A real digit stays the
/// same digit under such small changes; the models' answers for letters and scribbles tend to fall apart.</summary>
public static class StabilityViews
{
    /// <summary>Rotation (degrees), scale and shift (pixels) of each view after the original.</summary>
    private static readonly (float Degrees, float Scale, float Dx, float Dy)[] Moves =
        [(10f, 1f, 0f, 0f), (-10f, 1f, 0f, 0f), (0f, 0.85f, 0f, 0f), (0f, 1f, 1.5f, 0f), (0f, 1f, 0f, 1.5f)];

    /// <summary>The original first, then each view: the batch a model runs on.</summary>
    public static int Count => Moves.Length + 1;

    /// <summary>Row-major pixels of the original and its views, [Count, 784], ready for one batched inference.</summary>
    public static float[] Batch(ReadOnlySpan<float> digit)
    {
        var batch = new float[Count * DigitImage.PixelCount];
        digit.CopyTo(batch);
        for (var view = 0; view < Moves.Length; view++)
        {
            Move(digit, batch.AsSpan((view + 1) * DigitImage.PixelCount, DigitImage.PixelCount), Moves[view]);
        }

        return batch;
    }

    /// <summary>Bilinear resampling of the inverse transform about the image centre; outside is background.</summary>
    private static void Move(ReadOnlySpan<float> source, Span<float> target, (float Degrees, float Scale, float Dx, float Dy) move)
    {
        const int side = DigitImage.Side;
        const float centre = (side - 1) / 2f;
        var radians = move.Degrees * MathF.PI / 180f;
        var (cos, sin) = (MathF.Cos(radians), MathF.Sin(radians));
        for (var y = 0; y < side; y++)
        {
            for (var x = 0; x < side; x++)
            {
                float u = x - centre - move.Dx, v = y - centre - move.Dy;
                var sx = (((cos * u) + (sin * v)) / move.Scale) + centre;
                var sy = (((-sin * u) + (cos * v)) / move.Scale) + centre;
                int x0 = (int)MathF.Floor(sx), y0 = (int)MathF.Floor(sy);
                float fx = sx - x0, fy = sy - y0;
                target[(y * side) + x] =
                    (At(source, x0, y0) * (1 - fx) * (1 - fy)) + (At(source, x0 + 1, y0) * fx * (1 - fy))
                    + (At(source, x0, y0 + 1) * (1 - fx) * fy) + (At(source, x0 + 1, y0 + 1) * fx * fy);
            }
        }
    }

    private static float At(ReadOnlySpan<float> source, int x, int y) =>
        x is < 0 or >= DigitImage.Side || y is < 0 or >= DigitImage.Side ? 0f : source[(y * DigitImage.Side) + x];
}
