using System.Collections.Concurrent;

namespace MnistBlazor.Benchmarks.NonMnistAccuracy;

/// <summary>Counts per set and model: right digits, wrong digits, "unsure" and "no-digit" verdicts. Thread-safe.</summary>
public sealed class AccuracyTally
{
    private readonly ConcurrentDictionary<(string Set, string Model), Counts> counts = new();

    public void Add(string set, int label, ModelAnswer answer)
    {
        var cell = counts.GetOrAdd((set, answer.Model), _ => new Counts());
        lock (cell)
        {
            cell.Total++;
            cell.ElapsedMs.Add(answer.ElapsedMs);
            if (answer.TopGuess == label)
            {
                cell.TopGuessRight++;
            }

            switch (answer.Verdict)
            {
                case "digit" when answer.Digit == label: cell.Correct++; break;
                case "digit": cell.Wrong++; break;
                case "unsure": cell.Unsure++; break;
                case "no-digit": cell.NoDigit++; break;
                default: throw new InvalidDataException($"Unknown verdict '{answer.Verdict}' from model '{answer.Model}'.");
            }
        }
    }

    /// <summary>One row per set and model, sets in name order, models in the order given (others after them).</summary>
    public IReadOnlyList<AccuracyRow> Rows(IReadOnlyList<string> modelOrder) =>
    [
        .. counts
            .OrderBy(c => c.Key.Set, StringComparer.Ordinal)
            .ThenBy(c => Rank(modelOrder, c.Key.Model))
            .ThenBy(c => c.Key.Model, StringComparer.Ordinal)
            .Select(c => c.Value.ToRow(c.Key.Set, c.Key.Model)),
    ];

    private static int Rank(IReadOnlyList<string> order, string model)
    {
        var index = order.ToList().IndexOf(model);
        return index < 0 ? order.Count : index;
    }

    private sealed class Counts
    {
        public int Total, Correct, Wrong, Unsure, NoDigit, TopGuessRight;
        public List<double> ElapsedMs { get; } = [];

        public AccuracyRow ToRow(string set, string model)
        {
            var sorted = ElapsedMs.Order().ToList();
            return new AccuracyRow(set, model, Total, Correct, Wrong, Unsure, NoDigit, TopGuessRight, sorted[sorted.Count / 2]);
        }
    }
}

/// <summary>Accuracy is right digits over all images: "unsure" and "no-digit" count against it.</summary>
/// <param name="TopGuessRight">Images whose most probable class is the label, whatever the verdict: what the model knows
/// before the verdict rule decides whether to commit.</param>
public sealed record AccuracyRow(string Set, string Model, int Total, int Correct, int Wrong, int Unsure, int NoDigit, int TopGuessRight, double MedianMs)
{
    public double Accuracy => (double)Correct / Total;

    /// <summary>How often a committed digit is right.</summary>
    public double AnsweredAccuracy => Correct + Wrong == 0 ? 0 : (double)Correct / (Correct + Wrong);
}
