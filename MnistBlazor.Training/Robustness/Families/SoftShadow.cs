namespace MnistBlazor.Training.Robustness.Families;

/// <summary>The page lit from one side, or shaded by the hand holding the phone: the light falls off smoothly from
/// one side of the photo to the other, in a random direction.</summary>
internal static class SoftShadow
{
    public const string Name = "soft-shadow";

    // The far side keeps 40-65% of the light: clearly uneven, as a lamp to one side makes it, yet the ink still reads.
    public const float LeastLightKept = 0.40f;
    public const float MostLightKept = 0.65f;

    public static byte[] Picture(byte[] digit, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        using var photo = PaperPhoto.Plain(digit, random);
        var angle = random.Angle();
        var darkest = random.Between(LeastLightKept, MostLightKept);
        var centre = photo.Width / 2f;
        // The gradient runs the whole diagonal, so it is smooth everywhere and no corner is darker than the darkest.
        var halfSpan = centre * MathF.Sqrt(2);
        Shading.Darken(photo, (x, y) =>
        {
            var across = (Shading.Beyond(x, y, centre, centre, angle) + halfSpan) / (2 * halfSpan);
            return 1 - ((1 - darkest) * across);
        });
        return PaperPhoto.Png(photo);
    }
}
