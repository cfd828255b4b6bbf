using System.Buffers.Binary;

namespace MnistBlazor.Recognition.Preprocessing.Decoding;

/// <summary>Detects an uncompressed BMP whose pixel data is shorter than its header declares: ImageSharp 2.1 ignores
/// how much each row read returned and repeats the last whole row down the rest of the image.</summary>
internal static class BmpIntegrity
{
    private const int FileHeaderLength = 14;
    private const int CoreHeaderLength = 12; // OS/2 1.x: 16-bit sizes, never compressed

    public static void EnsureComplete(ReadOnlySpan<byte> bmp)
    {
        if (Declared(bmp) is not (long offset, long length))
        {
            return; // compressed, or a header the decoder itself refuses
        }

        var held = Math.Max(0, bmp.Length - offset);
        if (held < length)
        {
            throw new ImageRejectedException(
                ImageRejectionReason.Truncated, $"The BMP is truncated: its pixel data holds {held} of the {length} bytes its header declares.");
        }
    }

    /// <summary>Where the rows start and how many bytes they take (each padded to 4 bytes), for an uncompressed BMP.</summary>
    private static (long Offset, long Length)? Declared(ReadOnlySpan<byte> bmp)
    {
        if (bmp.Length < FileHeaderLength + CoreHeaderLength)
        {
            return null;
        }

        var offset = BinaryPrimitives.ReadUInt32LittleEndian(bmp[10..]);
        var info = bmp[FileHeaderLength..];
        var size = BinaryPrimitives.ReadUInt32LittleEndian(info);
        long width, height;
        int bitsPerPixel;
        if (size == CoreHeaderLength)
        {
            width = BinaryPrimitives.ReadUInt16LittleEndian(info[4..]);
            height = BinaryPrimitives.ReadUInt16LittleEndian(info[6..]);
            bitsPerPixel = BinaryPrimitives.ReadUInt16LittleEndian(info[10..]);
        }
        else if (size >= 40 && info.Length >= 20)
        {
            // Compression 0 is plain RGB; 3 and 6 (bit fields) are uncompressed too. A negative height is top-down.
            var compression = BinaryPrimitives.ReadUInt32LittleEndian(info[16..]);
            if (compression is not (0 or 3 or 6))
            {
                return null;
            }

            width = BinaryPrimitives.ReadInt32LittleEndian(info[4..]);
            height = Math.Abs((long)BinaryPrimitives.ReadInt32LittleEndian(info[8..]));
            bitsPerPixel = BinaryPrimitives.ReadUInt16LittleEndian(info[14..]);
        }
        else
        {
            return null;
        }

        if (width <= 0 || bitsPerPixel is not (1 or 2 or 4 or 8 or 16 or 24 or 32))
        {
            return null;
        }

        return (offset, ((width * bitsPerPixel) + 31) / 32 * 4 * height);
    }
}
