using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace MnistBlazor.Web.Recognition.Preprocessing.Decoding;

/// <summary>
/// The plainest PNGs (8-bit grey or RGB, not interlaced, no palette or transparency chunk, every chunk's CRC right), read
/// row by row without ImageSharp, which takes about ten times as long for the same pixels: PNG is lossless, so every
/// decoder yields the same ones. Anything else, and any damage, is left to the general decoder.
/// </summary>
internal sealed class PlainPng : IDisposable
{
    /// <summary>The format's name as the general decoder reports it.</summary>
    public const string FormatName = "PNG";

    private const int SignatureLength = 8;
    private const int ChunkOverhead = 12; // length, type, CRC
    private const byte Grey = 0;
    private const byte Rgb = 2;

    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private static readonly byte[] TopEdge = new byte[4096 * 3];

    private readonly byte[] rows;
    private int next;

    private PlainPng(byte[] rows, int width, int height, int channels)
    {
        this.rows = rows;
        Width = width;
        Height = height;
        Channels = channels;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>1 (grey) or 3 (red, green, blue).</summary>
    public int Channels { get; }

    /// <summary>The layout of a plain PNG, or false for any other bytes (other PNGs included).</summary>
    public static bool TryReadLayout(ReadOnlySpan<byte> png, out PlainPngLayout layout) =>
        Walk(png, out layout);

    /// <summary>Inflates the image data of a PNG whose <paramref name="layout"/> <see cref="TryReadLayout"/> read; null
    /// when that data is damaged or too short.</summary>
    public static PlainPng? Open(ReadOnlySpan<byte> png, PlainPngLayout layout)
    {
        // One leading byte per row: its filter type. Inflated in one call: row by row takes several times as long.
        var size = (((long)layout.Width * layout.Channels) + 1) * layout.Height;
        if (size > Array.MaxLength)
        {
            return null;
        }

        var compressed = ArrayPool<byte>.Shared.Rent(layout.CompressedLength);
        var rows = ArrayPool<byte>.Shared.Rent((int)size);
        try
        {
            var length = 0;
            for (var position = SignatureLength; length < layout.CompressedLength; position += ChunkOverhead + ChunkLength(png, position))
            {
                if (png.Slice(position + 4, 4).SequenceEqual("IDAT"u8))
                {
                    var data = png.Slice(position + 8, ChunkLength(png, position));
                    data.CopyTo(compressed.AsSpan(length));
                    length += data.Length;
                }
            }

            using var inflater = new ZLibStream(new MemoryStream(compressed, 0, length, writable: false), CompressionMode.Decompress);
            inflater.ReadExactly(rows.AsSpan(0, (int)size));
            var result = new PlainPng(rows, layout.Width, layout.Height, layout.Channels);
            rows = [];
            return result;
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
        {
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(compressed);
            if (rows.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(rows);
            }
        }
    }

    /// <summary>The next row, unfiltered: <see cref="Width"/> x <see cref="Channels"/> bytes. False when its filter type
    /// is unknown; the caller then leaves the image to the general decoder.</summary>
    public bool TryReadRow(out ReadOnlySpan<byte> row)
    {
        var stride = Width * Channels;
        var line = rows.AsSpan(next * (stride + 1), stride + 1);
        // The first row's filters see zeros above it.
        var above = next == 0 ? (stride <= TopEdge.Length ? TopEdge.AsSpan(0, stride) : new byte[stride]) : rows.AsSpan(((next - 1) * (stride + 1)) + 1, stride);
        row = line[1..];
        next++;
        return Unfilter(line[0], line[1..], above, Channels);
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(rows);

    /// <summary>Checks every chunk (length, CRC, kind) up to IEND; true for a complete plain PNG.</summary>
    private static bool Walk(ReadOnlySpan<byte> png, out PlainPngLayout layout)
    {
        layout = default;
        if (!png.StartsWith(Signature))
        {
            return false;
        }

        int width = 0, height = 0, channels = 0, compressedLength = 0;
        var idatRunEnded = false;
        for (var position = SignatureLength; position + ChunkOverhead <= png.Length;)
        {
            var declared = BinaryPrimitives.ReadUInt32BigEndian(png[position..]);
            if (declared > int.MaxValue - ChunkOverhead || png.Length - position - ChunkOverhead < declared)
            {
                return false;
            }

            var length = (int)declared;
            var type = png.Slice(position + 4, 4);
            var data = png.Slice(position + 8, length);
            // Only critical chunks' CRCs (upper-case first letter), as the general decoder, which refuses those alone.
            var critical = (type[0] & 0x20) == 0;
            if (critical && PngCrc.Of(type, data) != BinaryPrimitives.ReadUInt32BigEndian(png[(position + 8 + length)..]))
            {
                return false;
            }

            var first = position == SignatureLength;
            if (first != type.SequenceEqual("IHDR"u8) || (first && !ReadHeader(data, out width, out height, out channels)))
            {
                return false;
            }

            if (type.SequenceEqual("IDAT"u8))
            {
                if (idatRunEnded)
                {
                    return false;
                }

                compressedLength += length;
            }
            else if (compressedLength > 0)
            {
                idatRunEnded = true;
            }

            if (type.SequenceEqual("IEND"u8))
            {
                layout = new PlainPngLayout(width, height, channels, compressedLength);
                return compressedLength > 0;
            }

            // A palette or transparency changes the pixels; an unknown critical chunk might.
            if (type.SequenceEqual("tRNS"u8) || (critical && !first && !type.SequenceEqual("IDAT"u8)))
            {
                return false;
            }

            position += ChunkOverhead + length;
        }

        return false;
    }

    private static bool ReadHeader(ReadOnlySpan<byte> data, out int width, out int height, out int channels)
    {
        width = (int)Math.Min(int.MaxValue, BinaryPrimitives.ReadUInt32BigEndian(data));
        height = (int)Math.Min(int.MaxValue, BinaryPrimitives.ReadUInt32BigEndian(data[4..]));
        channels = data[9] switch { Grey => 1, Rgb => 3, _ => 0 };
        // Bit depth 8; compression, filter method and interlace all 0.
        return data.Length == 13 && width > 0 && height > 0 && channels > 0 && data[8] == 8 && data[10] == 0 && data[11] == 0 && data[12] == 0;
    }

    private static int ChunkLength(ReadOnlySpan<byte> png, int position) => (int)BinaryPrimitives.ReadUInt32BigEndian(png[position..]);

    /// <summary>Undoes a row's filter (PNG specification, section 9) in place.</summary>
    private static bool Unfilter(byte filter, Span<byte> row, ReadOnlySpan<byte> above, int bytesPerPixel)
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

/// <summary>What the chunk walk of a plain PNG found.</summary>
/// <param name="Channels">1 (grey) or 3 (red, green, blue).</param>
/// <param name="CompressedLength">The IDAT chunks' data, in bytes.</param>
internal readonly record struct PlainPngLayout(int Width, int Height, int Channels, int CompressedLength);
