using MnistBlazor.Training.Robustness.Corruptions;

namespace MnistBlazor.Tests.Training.Robustness.Corruptions;

public sealed class MnistCorruptionContractTests
{
    private static readonly string[] NotRandom = ["scale", "brightness", "stripe", "canny_edges"];

    public static TheoryData<string> Names() => [.. MnistCorruptions.All.Select(c => c.Name)];

    public static TheoryData<string> RandomNames() => [.. MnistCorruptions.All.Select(c => c.Name).Except(NotRandom)];

    public static TheoryData<string> NotRandomNames() => [.. NotRandom];

    [Fact]
    public void TheRegistryHoldsMnistCsFifteenCorruptionsInItsOrder()
    {
        string[] mnistC = ["shot_noise", "impulse_noise", "glass_blur", "motion_blur", "shear", "scale", "rotate", "brightness",
            "translate", "stripe", "fog", "spatter", "dotted_line", "zigzag", "canny_edges"];

        Assert.Equal(mnistC, MnistCorruptions.All.Select(c => c.Name));
    }

    [Fact]
    public void EachCorruptionCarriesTheSeverityMnistCFixedForIt()
    {
        var severities = MnistCorruptions.All.ToDictionary(c => c.Name, c => c.Severity);

        Assert.Equal(5, severities["shot_noise"]);
        Assert.Equal(4, severities["impulse_noise"]);
        Assert.Equal(1, severities["glass_blur"]);
        Assert.Equal(1, severities["motion_blur"]);
        Assert.Equal(2, severities["shear"]);
        Assert.Equal(3, severities["scale"]);
        Assert.Equal(2, severities["rotate"]);
        Assert.Equal(5, severities["brightness"]);
        Assert.Equal(3, severities["translate"]);
        Assert.Equal(5, severities["fog"]);
        Assert.Equal(4, severities["spatter"]);
        Assert.All(new[] { "stripe", "dotted_line", "zigzag", "canny_edges" }, name => Assert.Null(severities[name]));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void TheOutputIsA28By28Image(string name)
    {
        var corruption = MnistCorruptions.Named(name);

        Assert.Equal(784, corruption.Apply(TestDigits.Seven(), new Random(1)).Length);
        Assert.Equal(784, corruption.Apply(TestDigits.Blank(), new Random(1)).Length);
        Assert.Equal(784, corruption.Apply(TestDigits.Filled(255), new Random(1)).Length);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void TheSameSeedGivesTheSameBytes(string name)
    {
        var corruption = MnistCorruptions.Named(name);

        Assert.Equal(corruption.Apply(TestDigits.Seven(), new Random(42)), corruption.Apply(TestDigits.Seven(), new Random(42)));
    }

    [Theory]
    [MemberData(nameof(RandomNames))]
    public void AnotherSeedGivesAnotherPicture(string name)
    {
        var corruption = MnistCorruptions.Named(name);
        var first = corruption.Apply(TestDigits.Seven(), new Random(1));

        // Shear, rotate and translate pick among 2 or 4 outcomes, so one other seed may repeat the first.
        Assert.Contains(Enumerable.Range(2, 10), seed => !corruption.Apply(TestDigits.Seven(), new Random(seed)).SequenceEqual(first));
    }

    [Theory]
    [MemberData(nameof(NotRandomNames))]
    public void ACorruptionWithoutRandomnessIgnoresTheSeed(string name)
    {
        var corruption = MnistCorruptions.Named(name);
        var first = corruption.Apply(TestDigits.Seven(), new Random(1));

        Assert.All(Enumerable.Range(2, 5), seed => Assert.Equal(first, corruption.Apply(TestDigits.Seven(), new Random(seed))));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void TheInputDigitIsLeftUntouched(string name)
    {
        var digit = TestDigits.Seven();

        MnistCorruptions.Named(name).Apply(digit, new Random(3));

        Assert.Equal(TestDigits.Seven(), digit);
    }

    [Fact]
    public void ADigitThatIsNot28By28IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => new Stripe().Apply(new byte[783], new Random(1)));

        Assert.Contains("783", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownNameIsRefusedNamingTheKnownOnes()
    {
        var error = Assert.Throws<ArgumentException>(() => MnistCorruptions.Named("frost"));

        Assert.Contains("canny_edges", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ACorruptionBecomesARobustnessConditionOfItsNameSendingA28By28Png()
    {
        var condition = new Stripe().ToCondition();

        var picture = condition.Picture(TestDigits.Seven(), new Random(1));

        Assert.Equal("stripe", condition.Name);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, picture[..4]);
    }
}
