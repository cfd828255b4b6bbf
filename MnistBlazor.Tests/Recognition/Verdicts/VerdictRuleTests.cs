using MnistBlazor.Recognition;
using MnistBlazor.Recognition.Verdicts;

namespace MnistBlazor.Tests.Recognition.Verdicts;

public sealed class VerdictRuleTests
{
    private static readonly VerdictRule Rule = new(new VerdictThresholds
    {
        Models = new Dictionary<string, ModelThresholds>
        {
            [ModelIds.Ensemble] = new() { MinConfidence = 0.8f, MinMemberConfidence = 0.5f, MinStability = 0.6f, MaxShapeDistance = 3f },
            [ModelIds.BasicCnn] = new() { MinConfidence = 0.9f },
            [ModelIds.ResNet] = new() { MinConfidence = 0.9f, MinDigitLikeness = 0.3f, TrustedDigitLikeness = 0.95f, MinTrustedConfidence = 0.5f },
        },
    });

    [Fact]
    public void ConfidenceAtTheThresholdIsADigit()
    {
        var decision = Rule.Decide(ModelIds.BasicCnn, Single(Peaked(3, 0.9f)));

        Assert.Equal(new VerdictRule.Decision(Verdict.Digit, 3, 0.9f), decision);
    }

    [Fact]
    public void ConfidenceBelowTheThresholdIsUnsureButKeepsTheBestGuess()
    {
        var decision = Rule.Decide(ModelIds.BasicCnn, Single(Peaked(3, 0.85f)));

        Assert.Equal(new VerdictRule.Decision(Verdict.Unsure, 3, 0.85f), decision);
    }

    [Fact]
    public void EnsembleMembersDisagreeingMakeAConfidentAverageUnsure()
    {
        // Two members are sure of a 3, the third says 8: the average is a confident 3, the disagreement is not.
        float[][] members = [Peaked(3, 0.99f), Peaked(3, 0.99f), Peaked(8, 0.9f)];

        var decision = Rule.Decide(ModelIds.Ensemble, new Evidence(Peaked(3, 0.95f), members, Stability: 0.9f, ShapeDistance: 1f));

        Assert.Equal(Verdict.Unsure, decision.Verdict);
        Assert.Equal(3, decision.Digit);
    }

    [Fact]
    public void EnsembleMembersAgreeingOnAStableTypicalShapeGiveADigit()
    {
        float[][] members = [Peaked(5, 0.97f), Peaked(5, 0.9f), Peaked(5, 0.7f)];

        var decision = Rule.Decide(ModelIds.Ensemble, new Evidence(EnsembleAverage.Of(members), members, Stability: 0.6f, ShapeDistance: 3f));

        Assert.Equal(new VerdictRule.Decision(Verdict.Digit, 5, EnsembleAverage.Of(members)[5]), decision);
    }

    [Fact]
    public void AnswerThatFallsApartWhenTheImageMovesIsUnsure()
    {
        float[][] members = [Peaked(5, 0.97f), Peaked(5, 0.97f), Peaked(5, 0.97f)];

        var decision = Rule.Decide(ModelIds.Ensemble, new Evidence(Peaked(5, 0.97f), members, Stability: 0.59f, ShapeDistance: 1f));

        Assert.Equal(Verdict.Unsure, decision.Verdict);
    }

    [Fact]
    public void ShapeFarFromEveryTrainingDigitIsUnsure()
    {
        float[][] members = [Peaked(7, 0.99f), Peaked(7, 0.99f), Peaked(7, 0.99f)];

        var decision = Rule.Decide(ModelIds.Ensemble, new Evidence(Peaked(7, 0.99f), members, Stability: 0.99f, ShapeDistance: 3.01f));

        Assert.Equal(Verdict.Unsure, decision.Verdict);
    }

    [Fact]
    public void StabilityNotMeasuredDoesNotMatterWhenTheModelDoesNotCheckIt()
    {
        var evidence = new Evidence(Peaked(4, 0.95f), [], Stability: null, ShapeDistance: 0f);

        Assert.Equal(Verdict.Digit, Rule.Decide(ModelIds.BasicCnn, evidence).Verdict);
    }

    [Fact]
    public void StabilityNotMeasuredIsUnsureWhenTheModelChecksIt()
    {
        float[][] members = [Peaked(4, 0.99f), Peaked(4, 0.99f), Peaked(4, 0.99f)];

        var decision = Rule.Decide(ModelIds.Ensemble, new Evidence(Peaked(4, 0.99f), members, Stability: null, ShapeDistance: 1f));

        Assert.Equal(Verdict.Unsure, decision.Verdict);
    }

    [Fact]
    public void ConfidentAnswerTheDigitGateDoubtsIsUnsure()
    {
        var decision = Rule.Decide(ModelIds.ResNet, Single(Peaked(4, 0.99f)) with { DigitLikeness = 0.29f });

        Assert.Equal(new VerdictRule.Decision(Verdict.Unsure, 4, 0.99f), decision);
    }

    [Fact]
    public void HesitantAnswerTheDigitGateTrustsIsADigit()
    {
        var decision = Rule.Decide(ModelIds.ResNet, Single(Peaked(4, 0.5f)) with { DigitLikeness = 0.95f });

        Assert.Equal(new VerdictRule.Decision(Verdict.Digit, 4, 0.5f), decision);
    }

    [Fact]
    public void TrustedImageStillNeedsTheTrustedConfidence()
    {
        Assert.Equal(Verdict.Unsure, Rule.Decide(ModelIds.ResNet, Single(Peaked(4, 0.49f)) with { DigitLikeness = 0.99f }).Verdict);
    }

    [Fact]
    public void BetweenDoubtAndTrustTheModelsOwnChecksDecide()
    {
        Assert.Equal(Verdict.Digit, Rule.Decide(ModelIds.ResNet, Single(Peaked(4, 0.9f)) with { DigitLikeness = 0.5f }).Verdict);
        Assert.Equal(Verdict.Unsure, Rule.Decide(ModelIds.ResNet, Single(Peaked(4, 0.89f)) with { DigitLikeness = 0.5f }).Verdict);
    }

    [Fact]
    public void WithoutTheGateTheModelsOwnChecksDecide()
    {
        Assert.Equal(Verdict.Digit, Rule.Decide(ModelIds.ResNet, Single(Peaked(4, 0.9f))).Verdict);
        Assert.Equal(Verdict.Unsure, Rule.Decide(ModelIds.ResNet, Single(Peaked(4, 0.6f))).Verdict);
    }

    [Fact]
    public void ModelWithoutThresholdsNeedsCertainty()
    {
        Assert.Equal(Verdict.Unsure, Rule.Decide(ModelIds.MlNet, Single(Peaked(1, 0.999f))).Verdict);
    }

    [Fact]
    public void ThresholdOutsideZeroToOneIsRefusedNamingTheSetting()
    {
        var thresholds = new VerdictThresholds { Models = new Dictionary<string, ModelThresholds> { [ModelIds.Vgg] = new() { MinStability = 1.5f } } };

        var error = Assert.Throws<ArgumentOutOfRangeException>(thresholds.Validate);

        Assert.Contains("Recognition:Verdict:Models:vgg:MinStability must be a probability in 0..1.", error.Message, StringComparison.Ordinal);
    }

    private static Evidence Single(float[] probabilities) => new(probabilities, [], Stability: 1f, ShapeDistance: 0f);

    private static float[] Peaked(int digit, float probability)
    {
        var probabilities = Enumerable.Repeat((1f - probability) / 9f, 10).ToArray();
        probabilities[digit] = probability;
        return probabilities;
    }
}
