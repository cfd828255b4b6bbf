using System.Buffers.Binary;
using System.IO.Compression;
using System.Security.Cryptography;
using MnistBlazor.Training.Data.Acquisition;

namespace MnistBlazor.Tests.Training.Data.Fakes;

/// <summary>Four tiny valid IDX files and a file set carrying their digests, standing in for MNIST.</summary>
internal static class SyntheticMnist
{
    public static IReadOnlyDictionary<string, byte[]> Contents { get; } = new Dictionary<string, byte[]>
    {
        ["train-images-idx3-ubyte"] = Images(count: 3, rows: 2, columns: 2),
        ["train-labels-idx1-ubyte"] = Labels(7, 0, 9),
        ["t10k-images-idx3-ubyte"] = Images(count: 2, rows: 2, columns: 2),
        ["t10k-labels-idx1-ubyte"] = Labels(1, 4),
    };

    public static MnistFileSet Files { get; } = new(
        File("train-images-idx3-ubyte"), File("train-labels-idx1-ubyte"),
        File("t10k-images-idx3-ubyte"), File("t10k-labels-idx1-ubyte"));

    public static byte[] Images(int count, int rows, int columns)
    {
        var bytes = new byte[16 + count * rows * columns];
        WriteHeader(bytes, 0x803, count, rows, columns);
        for (var i = 16; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(i * 37);
        }
        return bytes;
    }

    public static byte[] Labels(params byte[] labels)
    {
        var bytes = new byte[8 + labels.Length];
        WriteHeader(bytes, 0x801, labels.Length);
        labels.CopyTo(bytes, 8);
        return bytes;
    }

    public static byte[] Gzip(byte[] content)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(content);
        }
        return output.ToArray();
    }

    private static void WriteHeader(byte[] bytes, params int[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(4 * i), fields[i]);
        }
    }

    private static MnistFile File(string name) => new(name, Convert.ToHexStringLower(SHA256.HashData(Contents[name])));
}
