using MnistBlazor.Recognition.Preprocessing.Cleaning;
using MnistBlazor.Recognition.Preprocessing.Pixels;

namespace MnistBlazor.Recognition.Preprocessing.Framing;

/// <summary>
/// The MNIST recipe: crop to the ink, scale the longer side to 20 px keeping the aspect ratio (antialiased), and place
/// it in 28x28 so the centre of mass lands on the centre, shifting by whole pixels and never past the edge.
/// </summary>
internal static class MnistFraming
{
    public const int DigitBox = 20;

    private const int Side = DigitImage.Side;

    /// <param name="ink">Graded ink 0..1, zero outside <paramref name="extent"/>.</param>
    /// <param name="extent">Bounds and centre of mass of the ink in the plane.</param>
    /// <param name="factor">How many source pixels one plane pixel stands for along each axis.</param>
    public static FramedDigit Frame(GrayPlane ink, InkExtent extent, int factor, int sourceWidth, int sourceHeight)
    {
        var longer = Math.Max(extent.Width, extent.Height);
        var newWidth = Math.Max(1, (int)MathF.Round(extent.Width * (float)DigitBox / longer));
        var newHeight = Math.Max(1, (int)MathF.Round(extent.Height * (float)DigitBox / longer));
        var scaled = TriangleResampler.Resample(
            ink.Pixels, ink.Width, extent.Left, extent.Top, extent.Width, extent.Height, newWidth, newHeight);
        var (centreX, centreY) = CentreOfMass(scaled, newWidth);

        var offsetX = Math.Clamp((int)MathF.Round((Side / 2f) - centreX, MidpointRounding.AwayFromZero), 0, Side - newWidth);
        var offsetY = Math.Clamp((int)MathF.Round((Side / 2f) - centreY, MidpointRounding.AwayFromZero), 0, Side - newHeight);
        var pixels = new float[Side * Side];
        for (var y = 0; y < newHeight; y++)
        {
            scaled.AsSpan(y * newWidth, newWidth).CopyTo(pixels.AsSpan(((y + offsetY) * Side) + offsetX));
        }

        int sourceLeft = extent.Left * factor, sourceTop = extent.Top * factor;
        var bounds = new InkBounds(
            sourceLeft,
            sourceTop,
            Math.Min(sourceWidth, (extent.Right + 1) * factor) - sourceLeft,
            Math.Min(sourceHeight, (extent.Bottom + 1) * factor) - sourceTop);
        return new FramedDigit(
            pixels,
            bounds,
            new MassCentre(extent.CentreX * factor, extent.CentreY * factor),
            new MassCentre(centreX + offsetX, centreY + offsetY));
    }

    /// <summary>Centre of mass measured from pixel edges (pixel i spans i..i+1).</summary>
    private static (float X, float Y) CentreOfMass(float[] pixels, int width)
    {
        double total = 0, sumX = 0, sumY = 0;
        for (var i = 0; i < pixels.Length; i++)
        {
            total += pixels[i];
            sumX += pixels[i] * ((i % width) + 0.5);
            sumY += pixels[i] * ((i / width) + 0.5);
        }

        return ((float)(sumX / total), (float)(sumY / total));
    }
}
