using Microsoft.Extensions.Options;
using MnistBlazor.Recognition.Preprocessing;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace MnistBlazor.Tests.Recognition.Preprocessing;

public sealed class DigitPreprocessorTests
{
    private const int Side = 200;

    [Fact]
    public void ConcurrentCallsMatchSequentialOnes()
    {
        var preprocessor = new DigitPreprocessor();
        var random = new Random(2);
        var inputs = new[] { DigitSketch.Two, DigitSketch.Seven, DigitSketch.Four, DigitSketch.DetachedFive }
            .Select((sketch, i) => TestImages.Png(Side, Side, sketch.Render(Side, Side, 30 + (10 * i), 20, 100, 150, 6), (c, x, _) =>
                TestImages.Grey(i % 2 == 0 ? 255f * c : 230f - (60f * x / Side) - (120f * c) + TestImages.Gaussianish(random, 4f))))
            .ToArray();
        var sequential = inputs.Select(input => preprocessor.Process(input).Digit!.Pixels.ToArray()).ToArray();

        var concurrent = new float[inputs.Length * 8][];
        Parallel.For(0, concurrent.Length, i => concurrent[i] = preprocessor.Process(inputs[i % inputs.Length]).Digit!.Pixels.ToArray());

        for (var i = 0; i < concurrent.Length; i++)
        {
            Assert.Equal(sequential[i % inputs.Length], concurrent[i]);
        }
    }

    [Fact]
    public void DecodedGrayImageIsProcessedLikeItsPng()
    {
        var coverage = DigitSketch.Seven.Render(Side, Side, 40, 30, 100, 140, 6);
        var png = TestImages.Png(Side, Side, coverage, (c, _, _) => TestImages.Grey(255f * (1f - c)));
        var preprocessor = new DigitPreprocessor();
        using var gray = Image.Load<L8>(png);

        var fromImage = preprocessor.Process(gray);

        Assert.Null(fromImage.Diagnostics.SourceFormat);
        Assert.Equal(preprocessor.Process(png).Digit!.Pixels.ToArray(), fromImage.Digit!.Pixels.ToArray());
    }

    [Fact]
    public void InvalidOptionIsRejectedByName()
    {
        var options = Options.Create(new DigitPreprocessorOptions { MaxWidth = 0 });

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new DigitPreprocessor(options));

        Assert.Contains(nameof(DigitPreprocessorOptions.MaxWidth), error.Message, StringComparison.Ordinal);
    }
}
