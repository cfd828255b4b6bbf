using System.Buffers.Binary;
using System.Text;

namespace MnistBlazor.Tests.Recognition.Preprocessing;

/// <summary>
/// Builds an animated WebP from still WebP files (ImageSharp 2.1 cannot encode animation): each still's image
/// chunks (ALPH, VP8, VP8L) become one ANMF frame.
/// </summary>
internal static class AnimatedWebpBuilder
{
    public static byte[] FromStills(int width, int height, params byte[][] stills)
    {
        using var file = new MemoryStream();
        file.Write("RIFF\0\0\0\0WEBP"u8);
        var header = new byte[10];
        header[0] = 0x02 | 0x10; // animation, alpha
        WriteUInt24(header.AsSpan(4), width - 1);
        WriteUInt24(header.AsSpan(7), height - 1);
        WriteChunk(file, "VP8X", header);
        WriteChunk(file, "ANIM", new byte[6]);
        foreach (var still in stills)
        {
            var frame = new MemoryStream();
            var frameHeader = new byte[16];
            WriteUInt24(frameHeader.AsSpan(6), width - 1);
            WriteUInt24(frameHeader.AsSpan(9), height - 1);
            WriteUInt24(frameHeader.AsSpan(12), 100);
            frame.Write(frameHeader);
            foreach (var (type, data) in Chunks(still).Where(c => c.Type is "ALPH" or "VP8 " or "VP8L"))
            {
                WriteChunk(frame, type, data);
            }

            WriteChunk(file, "ANMF", frame.ToArray());
        }

        var bytes = file.ToArray();
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), bytes.Length - 8);
        return bytes;
    }

    /// <summary>The chunk types in a WebP file, in order.</summary>
    public static IEnumerable<(string Type, byte[] Data)> Chunks(byte[] webp)
    {
        for (var position = 12; position + 8 <= webp.Length;)
        {
            var size = BinaryPrimitives.ReadInt32LittleEndian(webp.AsSpan(position + 4));
            yield return (Encoding.ASCII.GetString(webp, position, 4), webp.AsSpan(position + 8, size).ToArray());
            position += 8 + size + (size & 1);
        }
    }

    private static void WriteChunk(Stream stream, string type, byte[] data)
    {
        stream.Write(Encoding.ASCII.GetBytes(type));
        var size = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(size, data.Length);
        stream.Write(size);
        stream.Write(data);
        if ((data.Length & 1) == 1)
        {
            stream.WriteByte(0);
        }
    }

    private static void WriteUInt24(Span<byte> target, int value)
    {
        target[0] = (byte)value;
        target[1] = (byte)(value >> 8);
        target[2] = (byte)(value >> 16);
    }
}
