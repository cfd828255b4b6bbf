using MnistBlazor.Training.Robustness.Families;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace MnistBlazor.Tests.Training.Robustness.Families;

public sealed class ColouredInkTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void BlueInkIsBlueOnLightPaper(int seed)
    {
        var (inkHue, paper) = InkHueAndPaper(BlueInk.Picture(SyntheticDigit.Seven(), new Random(seed)), seed);

        Assert.InRange(inkHue, 210, 250);
        Assert.True(paper >= 225, $"paper {paper:F0}");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void RedInkIsRedOnLightPaper(int seed)
    {
        var (inkHue, paper) = InkHueAndPaper(RedInk.Picture(SyntheticDigit.Seven(), new Random(seed)), seed);

        Assert.True(inkHue is < 20 or > 340, $"hue {inkHue:F0}");
        Assert.True(paper >= 225, $"paper {paper:F0}");
    }

    /// <summary>The median hue (degrees) of the pixels that are full ink on the plain enlargement, and the paper's brightness.</summary>
    private static (float Hue, float Paper) InkHueAndPaper(byte[] picture, int seed)
    {
        var plain = PlainPhoto.Of(SyntheticDigit.Seven(), seed);
        using var image = Image.Load<Rgb24>(picture);
        var hues = new List<float>();
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                if (plain[x, y] < 5)
                {
                    hues.Add(Hue(image[x, y]));
                }
            }
        }

        return (hues.Order().ElementAt(hues.Count / 2), GreyPicture.From(image).Mean((x, y) => plain[x, y] > 250));
    }

    private static float Hue(Rgb24 p)
    {
        float r = p.R, g = p.G, b = p.B;
        var max = Math.Max(r, Math.Max(g, b));
        var range = max - Math.Min(r, Math.Min(g, b));
        var hue = range == 0 ? 0 : max == r ? 60 * ((g - b) / range) : max == g ? 60 * (((b - r) / range) + 2) : 60 * (((r - g) / range) + 4);
        return hue < 0 ? hue + 360 : hue;
    }
}
