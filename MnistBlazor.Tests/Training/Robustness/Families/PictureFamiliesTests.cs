using MnistBlazor.Training.Robustness.Families;
using SixLabors.ImageSharp;

namespace MnistBlazor.Tests.Training.Robustness.Families;

public sealed class PictureFamiliesTests
{
    public static TheoryData<string> Names => [.. PictureFamilies.All.Select(c => c.Name)];

    [Fact]
    public void TheRegistryListsEachFamilyOnceByItsStableName()
    {
        Assert.Equal(
            ["low-resolution", "thick-strokes", "thin-strokes", "pencil", "blue-ink", "red-ink", "lined-paper", "squared-paper",
             "soft-shadow", "hard-shadow", "vignetting", "tilted-page", "motion-blur", "jpeg-quality", "touching-frame"],
            PictureFamilies.All.Select(c => c.Name));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void EachFamilyDecodesToAPictureOf140To280Pixels(string name)
    {
        foreach (var seed in Enumerable.Range(1, 6))
        {
            var info = Image.Identify(Picture(name, seed));

            Assert.InRange(Math.Max(info.Width, info.Height), 140, 280);
            Assert.InRange(Math.Min(info.Width, info.Height), name == TouchingFrame.Name ? 100 : 140, 280);
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void EachFamilyGivesTheSameBytesForTheSameSeed(string name) => Assert.Equal(Picture(name, 7), Picture(name, 7));

    [Theory]
    [MemberData(nameof(Names))]
    public void EachFamilyGivesOtherBytesForAnotherSeed(string name) => Assert.NotEqual(Picture(name, 7), Picture(name, 8));

    [Theory]
    [MemberData(nameof(Names))]
    public void EachFamilyRefusesADigitThatIsNot28By28(string name)
    {
        var condition = PictureFamilies.All.Single(c => c.Name == name);

        var refusal = Assert.Throws<ArgumentException>(() => condition.Picture(new byte[27 * 28], new Random(1)));

        Assert.Contains("28x28", refusal.Message, StringComparison.Ordinal);
    }

    private static byte[] Picture(string name, int seed) =>
        PictureFamilies.All.Single(c => c.Name == name).Picture(SyntheticDigit.Seven(), new Random(seed));
}
