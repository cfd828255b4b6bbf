using System.Globalization;
using System.Text;

namespace MnistBlazor.Benchmarks.NonMnistAccuracy;

/// <summary>The tally as a Markdown table, ready to paste into a report.</summary>
public static class AccuracyTable
{
    public static string Render(IReadOnlyList<AccuracyRow> rows)
    {
        var text = new StringBuilder();
        text.AppendLine("| set | model | images | accuracy | unsure | no-digit | wrong | right when answering | top guess right | median ms |");
        text.AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var row in rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {row.Set} | {row.Model} | {row.Total} | {Share(row.Correct, row.Total)} | {Share(row.Unsure, row.Total)} | "
                + $"{Share(row.NoDigit, row.Total)} | {Share(row.Wrong, row.Total)} | {row.AnsweredAccuracy * 100:0.0}% | {Share(row.TopGuessRight, row.Total)} | {row.MedianMs:0.0} |");
        }

        return text.ToString();
    }

    private static string Share(int count, int total) => string.Create(CultureInfo.InvariantCulture, $"{100.0 * count / total:0.0}%");
}
