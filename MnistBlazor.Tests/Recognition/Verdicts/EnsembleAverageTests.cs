using MnistBlazor.Recognition.Verdicts;

namespace MnistBlazor.Tests.Recognition.Verdicts;

public sealed class EnsembleAverageTests
{
    [Fact]
    public void TheAnswerIsTheMeanOverMembersAndViews()
    {
        float[] first = [1f, 0f, 0.5f, 0.5f];
        float[] second = [0f, 1f, 0.5f, 0.5f];

        var answer = EnsembleAverage.Answer([first, second], classCount: 2);

        Assert.Equal([0.5f, 0.5f], answer);
        Assert.Equal([0.75f, 0.25f], EnsembleAverage.OverViews(first, classCount: 2));
    }

    [Fact]
    public void RowsThatAreNotWholeRowsOfClassesAreRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => EnsembleAverage.OverViews(new float[15], classCount: 10));

        Assert.Contains("15 numbers are not whole rows of 10 classes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MembersOfDifferentLengthsAreRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => EnsembleAverage.Of([new float[10], new float[60]]));

        Assert.Contains("differ in length (60 against 10)", error.Message, StringComparison.Ordinal);
    }
}
