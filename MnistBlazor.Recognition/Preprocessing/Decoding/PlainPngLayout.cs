using System.Buffers.Binary;
using System.IO.Hashing;

namespace MnistBlazor.Recognition.Preprocessing.Decoding;

/// <summary>What the chunk walk of a plain PNG (see <see cref="PlainPng"/>) found.</summary>
/// <param name="Channels">1 (grey) or 3 (red, green, blue).</param>
/// <param name="CompressedLength">The IDAT chunks' data, in bytes.</param>
internal readonly record struct PlainPngLayout(int Width, int Height, int Channels, int CompressedLength)
{
    public const int SignatureLength = 8;
    public const int ChunkOverhead = 12; // length, type, CRC

    private const byte Grey = 0;
    private const byte Rgb = 2;

    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Checks every chunk (length, CRC, kind) up to IEND; true for a complete plain PNG.</summary>
    public static bool TryRead(ReadOnlySpan<byte> png, out PlainPngLayout layout)
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
            if (critical && Crc32.HashToUInt32(png.Slice(position + 4, 4 + length)) != BinaryPrimitives.ReadUInt32BigEndian(png[(position + 8 + length)..]))
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
        (width, height, channels) = (0, 0, 0);
        if (data.Length != 13)
        {
            return false;
        }

        width = (int)Math.Min(int.MaxValue, BinaryPrimitives.ReadUInt32BigEndian(data));
        height = (int)Math.Min(int.MaxValue, BinaryPrimitives.ReadUInt32BigEndian(data[4..]));
        channels = data[9] switch { Grey => 1, Rgb => 3, _ => 0 };
        // Bit depth 8; compression, filter method and interlace all 0.
        return width > 0 && height > 0 && channels > 0 && data[8] == 8 && data[10] == 0 && data[11] == 0 && data[12] == 0;
    }

    public static int ChunkLength(ReadOnlySpan<byte> png, int position) => (int)BinaryPrimitives.ReadUInt32BigEndian(png[position..]);
}
