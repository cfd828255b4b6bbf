using MnistBlazor.Training.Training;
using static TorchSharp.torch;

namespace MnistBlazor.Tests.Training.Training;

[Collection(TorchRandomness.Name)]
public sealed class AugmentationTests
{
    [Fact]
    public void AugmentedBatchKeepsItsShapeAndStaysBetweenZeroAndOne()
    {
        using var set = TinyDigits.Create(64, seed: 6);
        random.manual_seed(1);

        using var augmented = new Augmentation(new AugmentationOptions()).Apply(set.Images);

        Assert.Equal(set.Images.shape, augmented.shape);
        Assert.True(augmented.min().item<float>() >= 0f);
        Assert.True(augmented.max().item<float>() <= 1f);
    }

    [Fact]
    public void AugmentedDigitKeepsItsInkNearWhereItWas()
    {
        // A label stays right only if the digit is not moved off or destroyed: the ink's centre moves a few pixels at most.
        using var set = TinyDigits.Create(50, seed: 7);
        random.manual_seed(2);

        using var augmented = new Augmentation(new AugmentationOptions()).Apply(set.Images);

        for (var i = 0; i < 50; i++)
        {
            var (rowBefore, inkBefore) = RowCentre(set.Images[i]);
            var (rowAfter, inkAfter) = RowCentre(augmented[i]);
            Assert.InRange(rowAfter - rowBefore, -4.5, 4.5);
            Assert.InRange(inkAfter / inkBefore, 0.3, 2.5);
        }
    }

    [Fact]
    public void NoAugmentationLeavesImagesUnchanged()
    {
        using var set = TinyDigits.Create(8, seed: 8);

        using var same = new Augmentation(AugmentationOptions.None).Apply(set.Images);

        Assert.True(same.allclose(set.Images, rtol: 0, atol: 1e-5));
    }

    [Fact]
    public void AffineOnlyKeepsTheInkAmountThatThicknessAndContrastWouldChange()
    {
        // Rotation, shear and shift move ink without adding or removing much; only scale changes its amount.
        using var set = TinyDigits.Create(32, seed: 10);
        random.manual_seed(3);
        var options = AugmentationOptions.Named(AugmentationPreset.AffineOnly) with { MinScale = 1, MaxScale = 1 };

        using var augmented = new Augmentation(options).Apply(set.Images);

        var ratio = augmented.sum().item<float>() / set.Images.sum().item<float>();
        Assert.InRange(ratio, 0.9f, 1.05f);
        Assert.Equal(0, AugmentationOptions.Named(AugmentationPreset.AffineOnly).ElasticProbability);
    }

    [Fact]
    public void SameSeedGivesTheSameAugmentation()
    {
        using var set = TinyDigits.Create(16, seed: 9);
        var augmentation = new Augmentation(new AugmentationOptions());

        random.manual_seed(5);
        using var first = augmentation.Apply(set.Images);
        random.manual_seed(5);
        using var second = augmentation.Apply(set.Images);

        Assert.True(first.allclose(second, rtol: 0, atol: 0));
    }

    private static (double Row, double Ink) RowCentre(Tensor image)
    {
        using var scope = NewDisposeScope();
        var ink = image.squeeze().clamp_min(0.1f) - 0.1f;
        var total = ink.sum().item<float>();
        var rows = arange(28, dtype: ScalarType.Float32).unsqueeze(1);
        return ((ink * rows).sum().item<float>() / total, total);
    }
}
