using MnistBlazor.Tests.Web.Components.Fakes;
using MnistBlazor.Web.Components.ModelCards;

namespace MnistBlazor.Tests.Web.Components.ModelCards;

public sealed class HeatCellTests
{
    [Fact]
    public void CorrectAnswersAreShadedByTheirShareOfTheRow()
    {
        var cells = HeatCell.FromMatrix(FakeModels.Confusion());

        var fours = cells.Single(c => c.Truth == 4 && c.Predicted == 4);

        Assert.Equal(968 / 980.0, fours.Shade, 6);
        Assert.True(fours.IsCorrect);
    }

    [Fact]
    public void MistakesAreShadedAgainstTheWorstMistake()
    {
        var cells = HeatCell.FromMatrix(FakeModels.Confusion());

        Assert.Equal(1.0, cells.Single(c => c.Truth == 4 && c.Predicted == 9).Shade, 6);
        Assert.Equal(Math.Sqrt(3 / 12.0), cells.Single(c => c.Truth == 7 && c.Predicted == 1).Shade, 6);
        Assert.Equal(0.0, cells.Single(c => c.Truth == 0 && c.Predicted == 1).Shade);
    }

    [Fact]
    public void RaggedMatrixIsRefused()
    {
        int[][] ragged = [[1, 2], [3]];

        var error = Assert.Throws<ArgumentException>(() => HeatCell.FromMatrix(ragged));

        Assert.Contains("must be square", error.Message);
    }
}
