namespace MnistBlazor.Training.Robustness.Families;

/// <summary>The shadow of the phone or the photographer's head with a sharp edge: a darker half-plane whose edge
/// crosses the page and the digit.</summary>
internal static class HardShadow
{
    public const string Name = "hard-shadow";

    // A shadow in room light keeps 35-60% of the light: as dark as a cast shadow is, not black.
    public const float LeastLightKept = 0.35f;
    public const float MostLightKept = 0.60f;

    // The edge passes within 15% of the side from the centre, so it crosses the digit, not just a corner of paper.
    public const float LargestEdgeOffset = 0.15f;

    // A close, small light source gives a penumbra of a few pixels: sharp, not a step of one pixel.
    public const float SmallestPenumbra = 1f;
    public const float LargestPenumbra = 3f;

    public static byte[] Picture(byte[] digit, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        using var photo = PaperPhoto.Plain(digit, random);
        var side = photo.Width;
        var angle = random.Angle();
        var kept = random.Between(LeastLightKept, MostLightKept);
        var originX = (side / 2f) + (side * random.Between(-LargestEdgeOffset, LargestEdgeOffset));
        var originY = (side / 2f) + (side * random.Between(-LargestEdgeOffset, LargestEdgeOffset));
        var penumbra = random.Between(SmallestPenumbra, LargestPenumbra);
        Shading.Darken(photo, (x, y) =>
        {
            var into = Math.Clamp((Shading.Beyond(x, y, originX, originY, angle) / penumbra) + 0.5f, 0, 1);
            return 1 - ((1 - kept) * into);
        });
        return PaperPhoto.Png(photo);
    }
}
