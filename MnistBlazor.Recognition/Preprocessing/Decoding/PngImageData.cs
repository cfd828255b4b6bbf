using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;

namespace MnistBlazor.Recognition.Preprocessing.Decoding;

/// <summary>
/// Checks that a PNG's image data inflates to every byte its header declares: ImageSharp 2.1 leaves the rows that a
/// short zlib stream does not reach blank and reports no error, even when the chunk list is whole. Inflated through a
/// small buffer and only as far as the declared size, so neither a short nor an over-long stream costs memory.
/// </summary>
internal static class PngImageData
{
    private const int SignatureLength = 8;
    private const int ChunkOverhead = 12; // length, type, CRC
    private const int ScratchLength = 16 * 1024;

    // Adam7's passes (PNG specification, section 8.2): first column, first row, column step, row step.
    private static readonly (int X, int Y, int StepX, int StepY)[] Adam7 =
        [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)];

    /// <summary>Call only on a PNG whose chunk list <see cref="PngIntegrity"/> found whole and whose declared size is
    /// within the limits: that size bounds the work.</summary>
    public static void EnsureComplete(ReadOnlySpan<byte> png)
    {
        var header = png.Slice(SignatureLength + 8, 13);
        if (DeclaredLength(header) is not { } declared)
        {
            return; // a header the decoder itself refuses
        }

        // The image data is part of the file, so the file's length bounds it.
        var compressed = ArrayPool<byte>.Shared.Rent(png.Length);
        var scratch = ArrayPool<byte>.Shared.Rent(ScratchLength);
        try
        {
            var length = GatherCompressed(png, compressed);
            var inflated = Inflate(compressed, length, declared, scratch);
            if (inflated < declared)
            {
                throw new ImageRejectedException(
                    ImageRejectionReason.Truncated,
                    $"The PNG is truncated: its image data holds {inflated} of the {declared} bytes its header declares.");
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(scratch);
            ArrayPool<byte>.Shared.Return(compressed);
        }
    }

    /// <summary>Bytes of filtered rows the header declares (each row one filter byte, then its pixels packed to whole
    /// bytes); null for a colour type and bit depth the specification does not allow.</summary>
    private static long? DeclaredLength(ReadOnlySpan<byte> header)
    {
        long width = BinaryPrimitives.ReadUInt32BigEndian(header);
        long height = BinaryPrimitives.ReadUInt32BigEndian(header[4..]);
        var depth = header[8];
        int? channels = (header[9], depth) switch
        {
            (0, 1 or 2 or 4 or 8 or 16) => 1,
            (3, 1 or 2 or 4 or 8) => 1,
            (2 or 4 or 6, 8 or 16) => header[9] switch { 2 => 3, 4 => 2, _ => 4 },
            _ => null,
        };
        if (channels is not { } samples || header[12] > 1)
        {
            return null;
        }

        var bitsPerPixel = samples * depth;
        if (header[12] == 0)
        {
            return RowsLength(width, height, bitsPerPixel);
        }

        long total = 0;
        foreach (var (x, y, stepX, stepY) in Adam7)
        {
            total += RowsLength(PassSide(width, x, stepX), PassSide(height, y, stepY), bitsPerPixel);
        }

        return total;
    }

    // An empty pass has no rows, so not even their filter bytes.
    private static long RowsLength(long width, long height, int bitsPerPixel) =>
        width == 0 || height == 0 ? 0 : height * (1 + (((width * bitsPerPixel) + 7) / 8));

    private static long PassSide(long side, int first, int step) => side > first ? (side - first + step - 1) / step : 0;

    private static long Inflate(byte[] compressed, int length, long declared, byte[] scratch)
    {
        using var inflater = new ZLibStream(new MemoryStream(compressed, 0, length, writable: false), CompressionMode.Decompress);
        long inflated = 0;
        try
        {
            // Never asks past the declared size, so zlib stops there and an over-long stream is not inflated further.
            int read;
            while (inflated < declared && (read = inflater.Read(scratch, 0, (int)Math.Min(scratch.Length, declared - inflated))) > 0)
            {
                inflated += read;
            }
        }
        catch (InvalidDataException e)
        {
            throw new ImageRejectedException(ImageRejectionReason.Undecodable, $"The PNG's image data is corrupt: {e.Message}", e);
        }

        return inflated;
    }

    private static int GatherCompressed(ReadOnlySpan<byte> png, Span<byte> compressed)
    {
        var total = 0;
        for (var position = SignatureLength; position + ChunkOverhead <= png.Length;)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png[position..]);
            var type = png.Slice(position + 4, 4);
            if (type.SequenceEqual("IDAT"u8))
            {
                png.Slice(position + 8, length).CopyTo(compressed[total..]);
                total += length;
            }
            else if (type.SequenceEqual("IEND"u8))
            {
                break;
            }

            position += ChunkOverhead + length;
        }

        return total;
    }
}
