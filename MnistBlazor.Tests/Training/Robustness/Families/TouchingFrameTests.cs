using MnistBlazor.Training.Robustness.Families;

namespace MnistBlazor.Tests.Training.Robustness.Families;

public sealed class TouchingFrameTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void TheInkReachesAnEdgeOfThePicture(int seed)
    {
        var touching = GreyPicture.Decode(TouchingFrame.Picture(SyntheticDigit.Seven(), new Random(seed)));

        Assert.True(TouchesAnEdge(touching));
    }

    [Fact]
    public void ThePlainEnlargementLeavesPaperAllAround()
    {
        Assert.False(TouchesAnEdge(PlainPhoto.Of(SyntheticDigit.Seven(), 1)));
    }

    [Fact]
    public void ADigitWithoutInkIsRefused()
    {
        Assert.Throws<ArgumentException>(() => TouchingFrame.Picture(new byte[28 * 28], new Random(1)));
    }

    private static bool TouchesAnEdge(GreyPicture picture) =>
        picture.RowHasInk(0) || picture.RowHasInk(picture.Height - 1) || picture.ColumnHasInk(0) || picture.ColumnHasInk(picture.Width - 1);
}
