using MnistBlazor.Benchmarks.NonMnistAccuracy;

namespace MnistBlazor.Tests.Benchmarks.NonMnistAccuracy;

public sealed class AccuracyTallyTests
{
    [Fact]
    public void UnsureAndNoDigitCountAgainstAccuracy()
    {
        var tally = new AccuracyTally();
        tally.Add("drawn", 3, new ModelAnswer("basic-cnn", "digit", 3, 1));
        tally.Add("drawn", 4, new ModelAnswer("basic-cnn", "digit", 9, 2));
        tally.Add("drawn", 5, new ModelAnswer("basic-cnn", "unsure", null, 3));
        tally.Add("drawn", 6, new ModelAnswer("basic-cnn", "no-digit", null, 4));

        var row = Assert.Single(tally.Rows([]));

        Assert.Equal((4, 1, 1, 1, 1), (row.Total, row.Correct, row.Wrong, row.Unsure, row.NoDigit));
        Assert.Equal(0.25, row.Accuracy);
        Assert.Equal(0.5, row.AnsweredAccuracy);
        Assert.Equal(3, row.MedianMs);
    }

    [Fact]
    public void RowsFollowSetNamesThenTheGivenModelOrder()
    {
        var tally = new AccuracyTally();
        foreach (var (set, model) in new[] { ("photos", "vgg"), ("drawn", "basic-cnn"), ("drawn", "ensemble"), ("drawn", "mlnet") })
        {
            tally.Add(set, 1, new ModelAnswer(model, "digit", 1, 1));
        }

        var rows = tally.Rows(["ensemble", "basic-cnn"]);

        Assert.Equal(["drawn/ensemble", "drawn/basic-cnn", "drawn/mlnet", "photos/vgg"], rows.Select(r => $"{r.Set}/{r.Model}"));
    }

    [Fact]
    public void UnknownVerdictIsRefused()
    {
        var tally = new AccuracyTally();

        var error = Assert.Throws<InvalidDataException>(() => tally.Add("drawn", 1, new ModelAnswer("vgg", "maybe", 1, 1)));

        Assert.Contains("'maybe'", error.Message);
    }
}
