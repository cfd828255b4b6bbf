using MnistBlazor.Training.Data;
using MnistBlazor.Recognition.Preprocessing;
using SixLabors.ImageSharp;

namespace MnistBlazor.Training.Gate;

/// <summary>Draws synthetic pictures in parallel, one seeded generator per picture, and preprocesses each as the app
/// does; pictures in which preprocessing finds no digit-sized ink are left out. The same seed gives the same set.</summary>
internal static class SyntheticSet
{
    /// <param name="draw">One picture from its own generator, with its label and kind.</param>
    public static (DigitSet Set, string[] Kinds) Build(int count, int seed, Func<Random, (Image Image, long Label, string Kind)> draw)
    {
        var preprocessor = new DigitPreprocessor();
        var samples = Enumerable.Range(0, count).AsParallel().AsOrdered().Select(i =>
        {
            var (image, label, kind) = draw(new Random(SampleSeed(i, seed)));
            using (image)
            {
                var result = preprocessor.Process(image);
                return (Pixels: result.IsBlank ? null : result.Digit.Pixels.ToArray(), Label: label, Kind: kind);
            }
        }).Where(s => s.Pixels is not null).ToArray();

        return (DigitSet.FromImages([.. samples.Select(s => s.Pixels!)], [.. samples.Select(s => s.Label)]), [.. samples.Select(s => s.Kind)]);
    }

    /// <summary>A well-mixed seed per sample (SplitMix64): System.Random's seeded generator gives strongly correlated first
    /// draws for consecutive seeds, which would make neighbouring samples near copies of each other.</summary>
    private static int SampleSeed(int index, int seed)
    {
        var z = ((ulong)(uint)seed << 32 | (uint)index) + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (int)((z ^ (z >> 31)) & int.MaxValue);
    }
}
