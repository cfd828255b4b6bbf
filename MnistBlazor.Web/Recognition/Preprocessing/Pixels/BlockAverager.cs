using System.Runtime.Intrinsics;

namespace MnistBlazor.Web.Recognition.Preprocessing.Pixels;

/// <summary>
/// Fills a plane shrunk by an integer factor from full-size source rows, averaging each factor x factor block.
/// At factor 1 callers write straight into the plane's rows.
/// </summary>
internal sealed class BlockAverager
{
    private readonly GrayPlane target;
    private readonly float[]? line;
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

        // Whole blocks first, then the partial one at the right edge; the plane row starts at 0 and integer-valued floats
        // add exactly, so the sums are those the float path makes.
        var whole = sourceWidth / Factor;
        for (int block = 0, x = 0; block < whole; block++)
        {
            var sum = 0;
            for (var end = x + Factor; x < end; x++)
            {
                sum += source[x];
            }

            row[block] += sum;
        }

        if (whole < row.Length)
        {
            var sum = 0;
            for (var x = whole * Factor; x < sourceWidth; x++)
            {
                sum += source[x];
            }

            row[whole] += sum;
        }
    }

    /// <summary>Divides the block sums by each block's pixel count (edge blocks may be partial).</summary>
    public void Finish()
    {
        if (line is null)
        {
            return;
        }

        var whole = sourceWidth / Factor;
        for (var y = 0; y < target.Height; y++)
        {
            var rows = Math.Min(Factor, sourceHeight - (y * Factor));
            var row = target.Row(y);
            // Whole blocks share one divisor: divided eight at a time, each lane rounded as a lone division would be.
            var divisor = (float)(rows * Factor);
            var x = 0;
            if (Vector256.IsHardwareAccelerated)
            {
                var divisors = Vector256.Create(divisor);
                for (; x <= whole - Vector256<float>.Count; x += Vector256<float>.Count)
                {
                    (Vector256.Create<float>(row[x..]) / divisors).CopyTo(row[x..]);
                }
            }

            for (; x < row.Length; x++)
            {
                row[x] /= rows * Math.Min(Factor, sourceWidth - (x * Factor));
            }
        }
    }
}
