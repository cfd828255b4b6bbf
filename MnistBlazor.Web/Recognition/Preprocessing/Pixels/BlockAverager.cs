namespace MnistBlazor.Web.Recognition.Preprocessing.Pixels;

/// <summary>
/// Fills a plane shrunk by an integer factor from full-size source rows, averaging each factor x factor block.
/// At factor 1 callers write straight into the plane's rows.
/// </summary>
internal sealed class BlockAverager
{
    private readonly GrayPlane target;
    private readonly float[]? line;
    private int[]? wholeSums;
    private readonly int sourceWidth;
    private readonly int sourceHeight;

    private BlockAverager(GrayPlane target, int factor, int sourceWidth, int sourceHeight)
    {
        this.target = target;
        Factor = factor;
        this.sourceWidth = sourceWidth;
        this.sourceHeight = sourceHeight;
        line = factor == 1 ? null : new float[sourceWidth];
    }

    public int Factor { get; }

    /// <summary>Creates the shrunk plane (owned by the caller) and an averager that fills it.</summary>
    public static BlockAverager Into(out GrayPlane plane, int sourceWidth, int sourceHeight, int workingMaxSide)
    {
        var factor = Math.Max(1, (Math.Max(sourceWidth, sourceHeight) + workingMaxSide - 1) / workingMaxSide);
        plane = new GrayPlane((sourceWidth + factor - 1) / factor, (sourceHeight + factor - 1) / factor, clear: factor > 1);
        return new BlockAverager(plane, factor, sourceWidth, sourceHeight);
    }

    /// <summary>Where to write source row <paramref name="y"/>; call <see cref="Commit"/> after writing it.</summary>
    public Span<float> RowToWrite(int y) => line is null ? target.Row(y) : line;

    public void Commit(int y)
    {
        if (line is null)
        {
            return;
        }

        var row = target.Row(y / Factor);
        for (int block = 0, x = 0; block < row.Length; block++)
        {
            var sum = 0f;
            for (var end = Math.Min(sourceWidth, x + Factor); x < end; x++)
            {
                sum += line[x];
            }

            row[block] += sum;
        }
    }

    /// <summary>Adds source row <paramref name="y"/> of whole grey levels, in place of <see cref="RowToWrite"/> and
    /// <see cref="Commit"/>: summed in integers, which are exact, so the plane is the same, sooner.</summary>
    public void Add(int y, ReadOnlySpan<byte> source)
    {
        var row = target.Row(y / Factor);
        if (line is null)
        {
            for (var x = 0; x < row.Length; x++)
            {
                row[x] = source[x];
            }

            return;
        }

        var sums = wholeSums ??= new int[row.Length];
        for (int block = 0, x = 0; block < sums.Length; block++)
        {
            var sum = 0;
            for (var end = Math.Min(sourceWidth, x + Factor); x < end; x++)
            {
                sum += source[x];
            }

            sums[block] += sum;
        }

        if ((y + 1) % Factor == 0 || y == sourceHeight - 1)
        {
            for (var x = 0; x < row.Length; x++)
            {
                row[x] = sums[x];
            }

            Array.Clear(sums);
        }
    }

    /// <summary>Divides the block sums by each block's pixel count (edge blocks may be partial).</summary>
    public void Finish()
    {
        if (line is null)
        {
            return;
        }

        for (var y = 0; y < target.Height; y++)
        {
            var rows = Math.Min(Factor, sourceHeight - (y * Factor));
            var row = target.Row(y);
            for (var x = 0; x < row.Length; x++)
            {
                row[x] /= rows * Math.Min(Factor, sourceWidth - (x * Factor));
            }
        }
    }
}
