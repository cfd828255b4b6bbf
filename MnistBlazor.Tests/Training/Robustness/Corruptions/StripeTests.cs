using MnistBlazor.Training.Robustness.Corruptions;

namespace MnistBlazor.Tests.Training.Robustness.Corruptions;

public sealed class StripeTests
{
    [Fact]
    public void TheOuterSevenColumnsOnEachSideAreInvertedAndTheMiddleIsKept()
    {
        var digit = TestDigits.Seven();

        var striped = new Stripe().Apply(digit, new Random(1));

        Assert.All(Enumerable.Range(0, 784), i =>
            Assert.Equal(i % 28 is < 7 or >= 21 ? 255 - digit[i] : digit[i], striped[i]));
    }

    [Fact]
    public void StripingTwiceGivesTheDigitBack()
    {
        var digit = TestDigits.Seven();
        var stripe = new Stripe();

        Assert.Equal(digit, stripe.Apply(stripe.Apply(digit, new Random(1)), new Random(1)));
    }
}
