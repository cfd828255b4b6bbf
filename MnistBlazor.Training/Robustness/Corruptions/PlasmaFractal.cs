namespace MnistBlazor.Training.Robustness.Corruptions;

/// <summary>
/// corruptions.py's plasma_fractal (diamond-square, after FLHerne/mapgen): a toroidal height map, side a power of two,
/// corner (0, 0) at 0; at each step every square's centre becomes the mean of its four corners plus
/// <c>wibble · uniform(-wibble, wibble)</c>, then every diamond's centre likewise (neighbours wrap round, as
/// <c>np.roll</c> does), the step halves and wibble is divided by the decay; finally scaled to 0..1. The same arithmetic
/// and order of draws as the reference: fed numpy's draws, it returns the reference's map (within 1e-15); only the
/// random stream differs.
/// </summary>
internal static class PlasmaFractal
{
    public static double[] Generate(int size, double wibbleDecay, Random random)
    {
        if (size < 2 || (size & (size - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, "The plasma fractal's side must be a power of two.");
        }

        var map = new double[size * size];
        var wibble = 100.0;
        for (var step = size; step >= 2; step /= 2)
        {
            FillSquares(map, size, step, wibble, random);
            FillDiamonds(map, size, step, wibble, random);
            wibble /= wibbleDecay;
        }

        var min = map.Min();
        var max = map.Max() - min;
        return Array.ConvertAll(map, v => (v - min) / max);
    }

    private static void FillSquares(double[] map, int size, int step, double wibble, Random random)
    {
        var half = step / 2;
        var cells = size / step;
        for (var i = 0; i < cells; i++)
        {
            for (var j = 0; j < cells; j++)
            {
                var sum = Corner(map, size, step, i, j) + Corner(map, size, step, i + 1, j)
                    + Corner(map, size, step, i, j + 1) + Corner(map, size, step, i + 1, j + 1);
                map[(((i * step) + half) * size) + (j * step) + half] = Wibbled(sum, wibble, random);
            }
        }
    }

    private static void FillDiamonds(double[] map, int size, int step, double wibble, Random random)
    {
        var half = step / 2;
        var cells = size / step;
        var top = new double[cells * cells];
        for (var i = 0; i < cells; i++)
        {
            for (var j = 0; j < cells; j++)
            {
                // The centres above and below a top edge's midpoint, and the edge's two corners.
                var sum = Centre(map, size, step, i, j) + Centre(map, size, step, i - 1, j)
                    + Corner(map, size, step, i, j) + Corner(map, size, step, i, j + 1);
                top[(i * cells) + j] = Wibbled(sum, wibble, random);
            }
        }

        var left = new double[cells * cells];
        for (var i = 0; i < cells; i++)
        {
            for (var j = 0; j < cells; j++)
            {
                var sum = Centre(map, size, step, i, j) + Centre(map, size, step, i, j - 1)
                    + Corner(map, size, step, i, j) + Corner(map, size, step, i + 1, j);
                left[(i * cells) + j] = Wibbled(sum, wibble, random);
            }
        }

        // The reference computes both sets from the map before either is written back.
        for (var i = 0; i < cells; i++)
        {
            for (var j = 0; j < cells; j++)
            {
                map[(i * step * size) + (j * step) + half] = top[(i * cells) + j];
                map[(((i * step) + half) * size) + (j * step)] = left[(i * cells) + j];
            }
        }
    }

    private static double Wibbled(double sum, double wibble, Random random) => (sum / 4) + (wibble * random.Uniform(-wibble, wibble));

    private static double Corner(double[] map, int size, int step, int i, int j)
    {
        var cells = size / step;
        return map[(Wrap(i, cells) * step * size) + (Wrap(j, cells) * step)];
    }

    private static double Centre(double[] map, int size, int step, int i, int j)
    {
        var cells = size / step;
        var half = step / 2;
        return map[(((Wrap(i, cells) * step) + half) * size) + (Wrap(j, cells) * step) + half];
    }

    private static int Wrap(int index, int count) => ((index % count) + count) % count;
}
