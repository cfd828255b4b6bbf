using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;

namespace MnistBlazor.Tests.Recognition.Preprocessing;

/// <summary>Writes PNG files chunk by chunk, to craft headers no encoder would produce.</summary>
internal static class PngChunks
{
    private const int HeaderEnd = 8 + 12 + 13; // signature, then IHDR's 13 bytes with length, type and CRC

    public static byte[] Signature { get; } = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>An IHDR for an 8-bit RGBA image of the given size.</summary>
    public static byte[] Header(int width, int height)
    {
        var data = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(data, width);
        BinaryPrimitives.WriteInt32BigEndian(data.AsSpan(4), height);
        data[8] = 8; // bit depth
        data[9] = 6; // colour type RGBA
        return Chunk("IHDR", data);
    }

    public static byte[] Chunk(string type, byte[] data)
    {
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteInt32BigEndian(chunk, data.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(chunk, 4);
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32.HashToUInt32(chunk.AsSpan(4, 4 + data.Length)));
        return chunk;
    }

    /// <summary>The PNG with <paramref name="chunks"/> placed right after its header chunk.</summary>
    public static byte[] InsertAfterHeader(byte[] png, params byte[][] chunks) =>
        [.. png.AsSpan(0, HeaderEnd), .. chunks.SelectMany(chunk => chunk), .. png.AsSpan(HeaderEnd)];

    /// <summary>The PNG with its image data inflated, changed by <paramref name="change"/> and deflated again into one IDAT
    /// chunk with a right CRC: data no encoder would write, in a chunk list that is whole.</summary>
    public static byte[] WithImageData(byte[] png, Func<byte[], byte[]> change) =>
        WithCompressedImageData(png, compressed => Zlib(change(Inflate(compressed))));

    /// <summary>The PNG with its IDAT chunks' data, joined, changed by <paramref name="change"/> and put into one IDAT chunk
    /// with a right CRC.</summary>
    public static byte[] WithCompressedImageData(byte[] png, Func<byte[], byte[]> change)
    {
        var chunks = Split(png);
        var idat = Chunk("IDAT", change(chunks.Where(c => c.Type == "IDAT").SelectMany(c => c.Data).ToArray()));
        var firstData = chunks.FindIndex(c => c.Type == "IDAT");
        return [.. Signature, .. chunks.SelectMany((c, i) => i == firstData ? idat : c.Type == "IDAT" ? [] : Chunk(c.Type, c.Data))];
    }

    private static byte[] Inflate(byte[] compressed)
    {
        using var inflated = new MemoryStream();
        using (var inflater = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress))
        {
            inflater.CopyTo(inflated);
        }

        return inflated.ToArray();
    }

    public static byte[] Zlib(byte[] data)
    {
        using var compressed = new MemoryStream();
        using (var deflater = new ZLibStream(compressed, CompressionLevel.Fastest))
        {
            deflater.Write(data);
        }

        return compressed.ToArray();
    }

    private static List<(string Type, byte[] Data)> Split(byte[] png)
    {
        var chunks = new List<(string, byte[])>();
        for (var position = Signature.Length; position < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(position));
            chunks.Add((Encoding.ASCII.GetString(png, position + 4, 4), png.AsSpan(position + 8, length).ToArray()));
            position += 12 + length;
        }

        return chunks;
    }
}
