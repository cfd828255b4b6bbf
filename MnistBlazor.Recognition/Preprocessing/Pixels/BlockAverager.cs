using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace MnistBlazor.Recognition.Preprocessing.Pixels;

/// <summary>
/// Fills a plane shrunk by an integer factor from full-size source rows, averaging each factor x factor block.
/// At factor 1 callers write straight into the plane's rows.
/// </summary>
internal sealed class BlockAverager
{
    private readonly GrayPlane target;
    private readonly float[]? line;
    private int[]? columnSums;
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
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = source[i];
            }

            return;
        }

        // Column sums over the block's rows first (widening adds, 32 pixels at a time), then each block's columns when its
        // last row is in. Integers are exact, so the plane gets the very sums the float path makes, in a fraction of the time.
        var columns = columnSums ??= new int[sourceWidth];
        var x = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var pixels = ref MemoryMarshal.GetReference(source);
            ref var sums = ref MemoryMarshal.GetArrayDataReference(columns);
            for (; x <= sourceWidth - Vector256<byte>.Count; x += Vector256<byte>.Count)
            {
                var (low, high) = Vector256.Widen(Vector256.LoadUnsafe(ref pixels, (nuint)x));
                var (first, second) = Vector256.Widen(low);
                var (third, fourth) = Vector256.Widen(high);
                AddTo(ref sums, x, first);
                AddTo(ref sums, x + 8, second);
                AddTo(ref sums, x + 16, third);
                AddTo(ref sums, x + 24, fourth);
            }
        }

        for (; x < sourceWidth; x++)
        {
            columns[x] += source[x];
        }

        if ((y + 1) % Factor != 0 && y != sourceHeight - 1)
        {
            return;
        }

        for (int block = 0, column = 0; block < row.Length; block++)
        {
            var sum = 0;
            for (var end = Math.Min(sourceWidth, column + Factor); column < end; column++)
            {
                sum += columns[column];
            }

            row[block] = sum;
        }

        Array.Clear(columns);
    }

    private static void AddTo(ref int sums, int x, Vector256<uint> values)
    {
        var target = Vector256.LoadUnsafe(ref sums, (nuint)x);
        (target + values.AsInt32()).StoreUnsafe(ref sums, (nuint)x);
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
