using System.Buffers.Binary;

namespace MnistBlazor.Recognition.Preprocessing.Decoding;

/// <summary>
/// Turns an animated WebP into a still WebP of its first frame: ImageSharp 2.1 refuses animated WebP outright,
/// and only the first frame matters to us.
/// </summary>
internal static class AnimatedWebp
{
    private const int RiffHeaderLength = 12;
    private const int ChunkHeaderLength = 8;
    private const int FrameHeaderLength = 16; // ANMF: offsets, size, duration, flags
    private const byte AnimationFlag = 0x02;
    private const byte AlphaFlag = 0x10;

    public static bool IsAnimated(ReadOnlySpan<byte> data) =>
        data.Length >= 30
        && data.StartsWith("RIFF"u8)
        && data.Slice(8, 4).SequenceEqual("WEBP"u8)
        && data.Slice(RiffHeaderLength, 4).SequenceEqual("VP8X"u8)
        && (data[20] & AnimationFlag) != 0;

    /// <summary>The canvas size from the VP8X header, read before anything is decoded.</summary>
    public static (int Width, int Height) CanvasSize(ReadOnlySpan<byte> data) => (1 + ReadUInt24(data[24..]), 1 + ReadUInt24(data[27..]));

    public static byte[] ExtractFirstFrame(ReadOnlySpan<byte> data)
    {
        if (!TryFindChunk(data[RiffHeaderLength..], "ANMF"u8, out var frame) || frame.Length < ChunkHeaderLength + FrameHeaderLength)
        {
            throw new ImageRejectedException(ImageRejectionReason.Undecodable, "The animated WebP holds no complete frame.");
        }

        var header = frame.Slice(ChunkHeaderLength, FrameHeaderLength);
        var frameData = frame[(ChunkHeaderLength + FrameHeaderLength)..];
        if (!TryFindChunk(frameData, "VP8 "u8, out var bitstream) && !TryFindChunk(frameData, "VP8L"u8, out bitstream))
        {
            throw new ImageRejectedException(ImageRejectionReason.Undecodable, "The animated WebP's first frame has no image data.");
        }

        using var still = new MemoryStream();
        still.Write("RIFF\0\0\0\0WEBP"u8);
        if (TryFindChunk(frameData, "ALPH"u8, out var alpha))
        {
            // Lossy frames keep transparency in a separate ALPH chunk, which only the extended (VP8X) layout carries.
            Span<byte> extended = stackalloc byte[ChunkHeaderLength + 10];
            extended.Clear();
            "VP8X"u8.CopyTo(extended);
            BinaryPrimitives.WriteInt32LittleEndian(extended[4..], 10);
            extended[8] = AlphaFlag;
            header.Slice(6, 6).CopyTo(extended[12..]); // frame width-1 and height-1 become the canvas size
            still.Write(extended);
            WritePadded(still, alpha);
        }

        WritePadded(still, bitstream);
        var bytes = still.ToArray();
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), bytes.Length - 8);
        return bytes;
    }

    private static bool TryFindChunk(ReadOnlySpan<byte> chunks, ReadOnlySpan<byte> fourCc, out ReadOnlySpan<byte> chunk)
    {
        var position = 0;
        while (position + ChunkHeaderLength <= chunks.Length)
        {
            var size = BinaryPrimitives.ReadUInt32LittleEndian(chunks[(position + 4)..]);
            if (size > (uint)(chunks.Length - position - ChunkHeaderLength))
            {
                throw new ImageRejectedException(
                    ImageRejectionReason.Truncated, "The WebP is truncated: a chunk runs past the end of the file.");
            }

            if (chunks.Slice(position, 4).SequenceEqual(fourCc))
            {
                chunk = chunks.Slice(position, ChunkHeaderLength + (int)size);
                return true;
            }

            position += ChunkHeaderLength + (int)size + (int)(size & 1);
        }

        chunk = default;
        return false;
    }

    private static void WritePadded(MemoryStream stream, ReadOnlySpan<byte> chunk)
    {
        stream.Write(chunk);
        if ((chunk.Length & 1) == 1)
        {
            stream.WriteByte(0);
        }
    }

    private static int ReadUInt24(ReadOnlySpan<byte> bytes) => bytes[0] | (bytes[1] << 8) | (bytes[2] << 16);
}
