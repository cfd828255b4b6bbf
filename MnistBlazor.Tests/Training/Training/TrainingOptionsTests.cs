using MnistBlazor.Training.Architectures;
using MnistBlazor.Training.Training;

namespace MnistBlazor.Tests.Training.Training;

public sealed class TrainingOptionsTests
{
    private static readonly TrainingOptions Shipped = new() { ModelId = Architecture.ResNetId };

    [Fact]
    public void DefaultSeedsKeepTheFingerprintOfCheckpointsMadeBeforeTheSplitSeedExisted() =>
        Assert.DoesNotContain("split=", Shipped.Fingerprint(), StringComparison.Ordinal);

    [Fact]
    public void AnotherSeedGivesAnotherFingerprintNamingTheUnchangedSplit()
    {
        var fingerprint = (Shipped with { Seed = 7 }).Fingerprint();

        Assert.NotEqual(Shipped.Fingerprint(), fingerprint);
        Assert.Contains("seed=7", fingerprint, StringComparison.Ordinal);
        Assert.Contains("split=42", fingerprint, StringComparison.Ordinal);
    }

    [Fact]
    public void WeightAverageIsPartOfTheFingerprintOnlyWhenOn()
    {
        Assert.DoesNotContain("average", Shipped.Fingerprint(), StringComparison.Ordinal);
        Assert.Contains("average=0.999", (Shipped with { WeightAverageDecay = 0.999 }).Fingerprint(), StringComparison.Ordinal);
    }
}
