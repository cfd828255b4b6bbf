using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace MnistBlazor.Recognition.Preprocessing.Decoding;

/// <summary>Undoes PNG's per-row filters (PNG specification, section 9).</summary>
internal static class PngRowFilters
{
    /// <summary>Undoes a row's filter (PNG specification, section 9) in place.</summary>
    public static bool Unfilter(byte filter, Span<byte> row, ReadOnlySpan<byte> above, int bytesPerPixel)
    {
        switch (filter)
        {
            case 0:
                return true;
            case 1:
                for (var j = bytesPerPixel; j < row.Length; j++)
                {
                    row[j] += row[j - bytesPerPixel];
                }

                return true;
            case 2:
                var i = 0;
                for (; i <= row.Length - Vector256<byte>.Count; i += Vector256<byte>.Count)
                {
                    (Vector256.Create<byte>(row[i..]) + Vector256.Create(above[i..])).CopyTo(row[i..]);
                }

                for (; i < row.Length; i++)
                {
                    row[i] += above[i];
                }

                return true;
            case 3:
                for (var j = 0; j < row.Length; j++)
                {
                    var left = j >= bytesPerPixel ? row[j - bytesPerPixel] : 0;
                    row[j] += (byte)((left + above[j]) >> 1);
                }

                return true;
            case 4:
                Paeth(row, above, bytesPerPixel);
                return true;
            default:
                return false;
        }
    }

    /// <summary>The Paeth filter, which predicts each byte from the one left of it, so it cannot run in parallel.</summary>
    /// <summary>Paeth's predictor. Where the row above is flat (up equals up-left, as on any plain background) it is the
    /// left byte: checked first, which keeps the chain of dependent bytes short.</summary>
    private static byte Predict(int left, int up, int upLeft)
    {
        var fromUpLeft = up - upLeft;
        if (fromUpLeft == 0)
        {
            return (byte)left;
        }

        // The specification's distances |p - a|, |p - b|, |p - c| for p = a + b - c.
        int toLeft = Math.Abs(fromUpLeft), toUp = Math.Abs(left - upLeft), toUpLeft = Math.Abs(left - upLeft + fromUpLeft);
        return (byte)(toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft);
    }

    private static void Paeth(Span<byte> row, ReadOnlySpan<byte> above, int bytesPerPixel)
    {
        for (var j = 0; j < bytesPerPixel; j++)
        {
            row[j] += above[j];
        }

        ref var target = ref MemoryMarshal.GetReference(row);
        ref var up = ref MemoryMarshal.GetReference(above);
        if (bytesPerPixel == 1)
        {
            // Grey: the byte just written is the next one's left, kept in a register rather than read back from memory.
            int left = target, upLeft = up;
            for (var j = 1; j < row.Length; j++)
            {
                int upper = Unsafe.Add(ref up, j);
                left = (byte)(Unsafe.Add(ref target, j) + Predict(left, upper, upLeft));
                Unsafe.Add(ref target, j) = (byte)left;
                upLeft = upper;
            }

            return;
        }

        for (var j = bytesPerPixel; j < row.Length; j++)
        {
            Unsafe.Add(ref target, j) += Predict(Unsafe.Add(ref target, j - bytesPerPixel), Unsafe.Add(ref up, j), Unsafe.Add(ref up, j - bytesPerPixel));
        }
    }
}
