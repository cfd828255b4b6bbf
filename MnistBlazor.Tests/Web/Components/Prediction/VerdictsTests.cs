using MnistBlazor.Tests.Web.Components.Fakes;
using MnistBlazor.Web.Components.Prediction;

namespace MnistBlazor.Tests.Web.Components.Prediction;

public sealed class VerdictsTests
{
    [Fact]
    public void BestGuessIsTheMostProbableDigit() =>
        Assert.Equal(6, Verdicts.BestGuess(FakeResults.Unsure(6, 0.3f)));

    [Fact]
    public void NoDigitHasNoBestGuess() =>
        Assert.Null(Verdicts.BestGuess(FakeResults.NoDigit()));

    [Fact]
    public void PercentIsRoundedToWholeNumbers() =>
        Assert.Equal("99 %", Verdicts.Percent(0.9949));
}
