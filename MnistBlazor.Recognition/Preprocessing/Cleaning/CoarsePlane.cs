using MnistBlazor.Recognition.Preprocessing.Pixels;

namespace MnistBlazor.Recognition.Preprocessing.Cleaning;

/// <summary>Moves between a plane and a coarse copy of it (block averages), for slowly varying estimates.</summary>
internal static class CoarsePlane
{
    public static GrayPlane Shrink(GrayPlane plane, int step)
    {
        var coarse = new GrayPlane((plane.Width + step - 1) / step, (plane.Height + step - 1) / step, clear: true);
        for (var y = 0; y < plane.Height; y++)
        {
            var row = plane.Row(y);
            var target = coarse.Row(y / step);
            for (int block = 0, x = 0; block < target.Length; block++)
            {
                var sum = 0f;
                for (var end = Math.Min(row.Length, x + step); x < end; x++)
                {
                    sum += row[x];
                }

                target[block] += sum;
            }
        }

        for (var y = 0; y < coarse.Height; y++)
        {
            var rows = Math.Min(step, plane.Height - (y * step));
            var target = coarse.Row(y);
            for (var x = 0; x < target.Length; x++)
            {
                target[x] /= rows * Math.Min(step, plane.Width - (x * step));
            }
        }

        return coarse;
    }

    /// <summary>
    /// plane = max(0, plane - coarse enlarged to the plane's size), taking for each pixel the highest of the four
    /// coarse cells around it: interpolating would dip below a bright region beside a sharp edge and leave a false
    /// line of ink there, while on smooth shading the difference is a fraction of one cell's change.
    /// </summary>
    public static void SubtractEnlarged(GrayPlane plane, GrayPlane coarse, int step)
    {
        var columns = Cells(plane.Width, coarse.Width, step);
        var rows = Cells(plane.Height, coarse.Height, step);
        for (var y = 0; y < plane.Height; y++)
        {
            var row = plane.Row(y);
            ReadOnlySpan<float> upper = coarse.Row(rows[y]), lower = coarse.Row(Math.Min(coarse.Height - 1, rows[y] + 1));
            for (var x = 0; x < row.Length; x++)
            {
                int left = columns[x], right = Math.Min(coarse.Width - 1, left + 1);
                var background = MathF.Max(MathF.Max(upper[left], upper[right]), MathF.Max(lower[left], lower[right]));
                row[x] = MathF.Max(0f, row[x] - background);
            }
        }
    }

    /// <summary>For each fine index, the coarse cell whose centre is at or before it.</summary>
    private static int[] Cells(int fine, int coarse, int step)
    {
        var cells = new int[fine];
        for (var i = 0; i < fine; i++)
        {
            cells[i] = Math.Min(coarse - 1, (int)Math.Clamp(((i + 0.5f) / step) - 0.5f, 0f, coarse - 1));
        }

        return cells;
    }
}
