using System.Buffers;
using System.IO.Compression;

namespace MnistBlazor.Recognition.Preprocessing.Decoding;

/// <summary>
/// The plainest PNGs (8-bit grey or RGB, not interlaced, no palette or transparency chunk, every chunk's CRC right), read
/// row by row without ImageSharp, which takes about ten times as long for the same pixels: PNG is lossless, so every
/// decoder yields the same ones. Anything else, and any damage, is left to the general decoder.
/// </summary>
internal sealed class PlainPng : IDisposable
{
    /// <summary>The format's name as the general decoder reports it.</summary>
    public const string FormatName = "PNG";

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

    /// <summary>Inflates the image data of a PNG whose <paramref name="layout"/> <see cref="PlainPngLayout.TryRead"/> read; null
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
            for (var position = PlainPngLayout.SignatureLength; length < layout.CompressedLength; position += PlainPngLayout.ChunkOverhead + PlainPngLayout.ChunkLength(png, position))
            {
                if (png.Slice(position + 4, 4).SequenceEqual("IDAT"u8))
                {
                    var data = png.Slice(position + 8, PlainPngLayout.ChunkLength(png, position));
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
        return PngRowFilters.Unfilter(line[0], line[1..], above, Channels);
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(rows);
}
