using System.Buffers.Binary;

namespace MnistBlazor.Recognition.Preprocessing.Decoding;

/// <summary>
/// The copy of a PNG that ImageSharp gets: the signature and only the chunks the pixels depend on, so no metadata chunk
/// reaches a parser. A 1 MB zTXt or iTXt that inflates to 1 GB took ImageSharp 2.1's Identify to 3.2 GB and an
/// OutOfMemoryException. In 2.1.13 PngDecoder.IgnoreMetadata happens to skip that inflation too (its text readers return
/// first, and it never parses iCCP), so it is set as well; but that is a detail of one version, not a contract (ImageSharp
/// 3.1 inflates iCCP whatever SkipMetadata says), so the guarantee is kept here, in bytes, for any version.
/// </summary>
internal static class PngPixelChunks
{
    private const int SignatureLength = 8;
    private const int ChunkOverhead = 12; // length, type, CRC

    /// <summary>Copies <paramref name="png"/> without its ancillary chunks except tRNS, and returns the copy's length.
    /// Critical chunks all stay, known or not, so the decoder still refuses what it cannot read; gAMA, cHRM, sRGB and
    /// iCCP go, because ImageSharp 2.1 only records them as metadata and never applies them to the pixels.</summary>
    /// <remarks>Stops at the first chunk the file cuts off: the chunk walk of <see cref="PngIntegrity"/> reports that
    /// on the original, after the header's size limits, as before.</remarks>
    public static int Copy(ReadOnlySpan<byte> png, Span<byte> destination)
    {
        png[..SignatureLength].CopyTo(destination);
        var written = SignatureLength;
        for (var position = SignatureLength; position + ChunkOverhead <= png.Length;)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(png[position..]);
            if (length > (uint)(png.Length - position - ChunkOverhead))
            {
                break;
            }

            var chunk = png.Slice(position, ChunkOverhead + (int)length);
            if (IsForPixels(chunk.Slice(4, 4)))
            {
                chunk.CopyTo(destination[written..]);
                written += chunk.Length;
            }

            position += chunk.Length;
            if (chunk.Slice(4, 4).SequenceEqual("IEND"u8))
            {
                break;
            }
        }

        return written;
    }

    // Bit 5 of the first letter marks an ancillary chunk (PNG specification, section 5.4).
    private static bool IsForPixels(ReadOnlySpan<byte> type) => (type[0] & 0x20) == 0 || type.SequenceEqual("tRNS"u8);
}
