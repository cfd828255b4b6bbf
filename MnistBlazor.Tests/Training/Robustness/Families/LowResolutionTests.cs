using MnistBlazor.Training.Robustness.Families;

namespace MnistBlazor.Tests.Training.Robustness.Families;

public sealed class LowResolutionTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void ReducedBackTo28PixelsItHoldsLessFineDetailThanThePlainEnlargement(int seed)
    {
        var digit = SyntheticDigit.Seven();

        var lowResolution = GreyPicture.DecodeReduced(LowResolution.Picture(digit, new Random(seed)), 28);
        var plain = GreyPicture.DecodeReduced(PlainPhoto.Png(digit, seed), 28);

        Assert.True(lowResolution.DetailEnergy() < 0.8 * plain.DetailEnergy(),
            $"detail {lowResolution.DetailEnergy():F0} against the plain enlargement's {plain.DetailEnergy():F0}");
    }
}
