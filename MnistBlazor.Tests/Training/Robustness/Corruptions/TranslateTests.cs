using MnistBlazor.Training.Robustness.Corruptions;

namespace MnistBlazor.Tests.Training.Robustness.Corruptions;

public sealed class TranslateTests
{
    [Fact]
    public void TheWarpByThreeAndMinusThreeMovesTheDigitLeftThreeAndDownThree()
    {
        var digit = TestDigits.Seven();

        var moved = MnistCorruption.ToBytes(Translate.By(TestDigits.Unit(digit), 3, -3));

        Assert.Equal(Shifted(digit, right: -3, down: 3), moved);
    }

    [Fact]
    public void EverySeedShiftsByThreePixelsAlongEachAxisAndAllFourDirectionsOccur()
    {
        var digit = TestDigits.Seven();
        var shifts = new[] { (-3, -3), (-3, 3), (3, -3), (3, 3) }.ToDictionary(s => s, s => Shifted(digit, s.Item1, s.Item2));

        var seen = Enumerable.Range(1, 30)
            .Select(seed => new Translate().Apply(digit, new Random(seed)))
            .Select(moved => shifts.Single(s => s.Value.SequenceEqual(moved)).Key)
            .ToHashSet();

        Assert.Equal(4, seen.Count);
    }

    private static byte[] Shifted(byte[] digit, int right, int down)
    {
        var shifted = new byte[784];
        for (var r = 0; r < 28; r++)
        {
            for (var c = 0; c < 28; c++)
            {
                var (fromRow, fromColumn) = (r - down, c - right);
                if (fromRow is >= 0 and < 28 && fromColumn is >= 0 and < 28)
                {
                    shifted[(r * 28) + c] = digit[(fromRow * 28) + fromColumn];
                }
            }
        }

        return shifted;
    }
}
