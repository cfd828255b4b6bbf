using System.Buffers.Binary;

namespace MnistBlazor.Recognition.Preprocessing.Decoding;

/// <summary>Walks a PNG's chunk list, because the decoder silently returns a partial image when data is cut off, and
/// checks the header chunk's size, because ImageSharp reads past a short one and fails with an index error.</summary>
internal static class PngIntegrity
{
    private const int SignatureLength = 8;
    private const int ChunkOverhead = 12; // length, type, CRC
    private const int HeaderLength = 13;

    public static void EnsureComplete(ReadOnlySpan<byte> png)
    {
        var position = SignatureLength;
        while (position + 8 <= png.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(png[position..]);
            var type = png.Slice(position + 4, 4);
            if (length > int.MaxValue)
            {
                throw new ImageRejectedException(
                    ImageRejectionReason.Undecodable, $"The PNG's '{Name(type)}' chunk declares an impossible length ({length} bytes).");
            }

            var end = (long)position + ChunkOverhead + length;
            if (end > png.Length)
            {
                throw Truncated($"its '{Name(type)}' chunk needs {length} bytes but only {png.Length - position - ChunkOverhead} remain");
            }

            if (position == SignatureLength && (!type.SequenceEqual("IHDR"u8) || length != HeaderLength))
            {
                throw new ImageRejectedException(ImageRejectionReason.Undecodable,
                    $"The PNG must start with a {HeaderLength}-byte 'IHDR' header chunk; it starts with a {length}-byte '{Name(type)}' chunk.");
            }

            if (type.SequenceEqual("IEND"u8))
            {
                return;
            }

            position = (int)end;
        }

        throw Truncated("it ends before the IEND chunk that closes every PNG");
    }

    private static string Name(ReadOnlySpan<byte> type) => System.Text.Encoding.ASCII.GetString(type);

    private static ImageRejectedException Truncated(string detail) =>
        new(ImageRejectionReason.Truncated, $"The PNG is truncated: {detail}.");
}
