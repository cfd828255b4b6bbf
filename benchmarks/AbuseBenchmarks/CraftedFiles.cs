using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace MnistBlazor.Benchmarks.AbuseBenchmarks;

/// <summary>The files of the hardening audit, made in code: metadata bombs, a GIF of many frames on a huge screen, a JPEG
/// that declares more than it holds.</summary>
public static class CraftedFiles
{
    /// <summary>A 64x64 RGBA PNG (so not the grey/RGB fast path) with a zTXt or iTXt chunk whose text inflates to the given size.</summary>
    public static byte[] PngTextBomb(string chunk, int inflatedMegabytes)
    {
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, 64);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), 64);
        header[8] = 8;
        header[9] = 6;
        Chunk(png, "IHDR", header);
        var prefix = chunk == "iTXt" ? "Comment\0\u0001\0\0\0"u8.ToArray() : "Comment\0\0"u8.ToArray();
        Chunk(png, chunk, [.. prefix, .. CompressedZeros(inflatedMegabytes * 1024L * 1024L)]);
        Chunk(png, "IDAT", Pixels());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>A GIF89a of one-pixel frames on a large logical screen.</summary>
    public static byte[] GifOfTinyFrames(int side, int frames)
    {
        using var gif = new MemoryStream();
        gif.Write("GIF89a"u8);
        gif.Write([(byte)side, (byte)(side >> 8), (byte)side, (byte)(side >> 8), 0x80, 0, 0, 0, 0, 0, 255, 255, 255]);
        for (var i = 0; i < frames; i++)
        {
            gif.Write([0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 0x01, 0]);
        }

        gif.WriteByte(0x3B);
        return gif.ToArray();
    }

    /// <summary>A 280x280 JPEG of a drawn 1 whose frame header is changed to say 4096x4096.</summary>
    public static byte[] JpegDeclaringMore()
    {
        using var image = new Image<Rgb24>(280, 280, new Rgb24(255, 255, 255));
        for (var y = 40; y < 240; y++)
        {
            for (var x = 128; x < 152; x++)
            {
                image[x, y] = new Rgb24(0, 0, 0);
            }
        }

        using var jpeg = new MemoryStream();
        image.SaveAsJpeg(jpeg);
        var bytes = jpeg.ToArray();
        for (var i = 2; i + 9 < bytes.Length; i++)
        {
            if (bytes[i] == 0xFF && bytes[i + 1] is 0xC0 or 0xC2)
            {
                BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(i + 5), 4096);
                BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(i + 7), 4096);
                return bytes;
            }
        }

        throw new InvalidOperationException("The encoder wrote no frame header.");
    }

    private static byte[] Pixels()
    {
        var raw = new byte[64 * (1 + (64 * 4))];
        for (var y = 20; y < 44; y++)
        {
            for (var x = 28; x < 36; x++)
            {
                raw.AsSpan((y * 257) + 1 + (x * 4), 4).Fill(255);
            }
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(raw);
        }

        return compressed.ToArray();
    }

    /// <summary>A zlib stream of that many zero bytes: about a thousandth of their size, deflate's best ratio.</summary>
    public static byte[] CompressedZeros(long zeros)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var block = new byte[1024 * 1024];
            for (long written = 0; written < zeros; written += block.Length)
            {
                zlib.Write(block);
            }
        }

        return compressed.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32.HashToUInt32(typed));
        png.Write(crc);
    }
}
