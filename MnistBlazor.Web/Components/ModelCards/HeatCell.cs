namespace MnistBlazor.Web.Components.ModelCards;

/// <summary>One cell of a confusion matrix as drawn: <see cref="Shade"/> 0..1 is how strongly it is coloured.</summary>
public sealed record HeatCell(int Truth, int Predicted, int Count, double Shade)
{
    public bool IsCorrect => Truth == Predicted;

    /// <summary>Shades a confusion matrix: correct answers by the share of their row they hold, mistakes on a
    /// square-root scale against the worst mistake, so that a handful of confusions still shows.</summary>
    public static IReadOnlyList<HeatCell> FromMatrix(int[][] matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        if (matrix.Length == 0 || matrix.Any(row => row is null || row.Length != matrix.Length))
        {
            throw new ArgumentException("A confusion matrix must be square, one row and one column per digit.", nameof(matrix));
        }

        var worstMistake = 0;
        for (var truth = 0; truth < matrix.Length; truth++)
        {
            for (var predicted = 0; predicted < matrix.Length; predicted++)
            {
                if (truth != predicted)
                {
                    worstMistake = Math.Max(worstMistake, matrix[truth][predicted]);
                }
            }
        }

        var cells = new List<HeatCell>(matrix.Length * matrix.Length);
        for (var truth = 0; truth < matrix.Length; truth++)
        {
            var rowTotal = matrix[truth].Sum();
            for (var predicted = 0; predicted < matrix.Length; predicted++)
            {
                var count = matrix[truth][predicted];
                var shade = truth == predicted
                    ? (rowTotal == 0 ? 0 : (double)count / rowTotal)
                    : (worstMistake == 0 ? 0 : Math.Sqrt((double)count / worstMistake));
                cells.Add(new HeatCell(truth, predicted, count, shade));
            }
        }

        return cells;
    }
}
