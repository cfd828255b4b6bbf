using System.Buffers.Binary;

namespace MnistBlazor.Training.Data;

/// <summary>Images from an IDX3 file: <see cref="Count"/> images of Rows x Columns bytes, row-major.</summary>
public sealed record IdxImages(int Count, int Rows, int Columns, byte[] Pixels);

/// <summary>Reads the IDX files MNIST ships in, checking magic number, dimensions and length.</summary>
public static class IdxReader
{
    private const int ImagesMagic = 0x00000803;
    private const int LabelsMagic = 0x00000801;

    public static IdxImages ReadImages(string path)
    {
        var bytes = ReadFile(path);
        RequireLength(path, bytes, 16, "its 16-byte header");
        var magic = BinaryPrimitives.ReadInt32BigEndian(bytes);
        if (magic != ImagesMagic)
        {
            throw new InvalidDataException($"{path}: magic number 0x{magic:X8} is not an IDX image file's (0x{ImagesMagic:X8}).");
        }
        var count = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(4));
        var rows = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(8));
        var columns = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(12));
        if (count <= 0 || rows <= 0 || columns <= 0 || rows > 4096 || columns > 4096)
        {
            throw new InvalidDataException($"{path}: dimensions {count}x{rows}x{columns} are not valid.");
        }
        var expected = 16L + (long)count * rows * columns;
        RequireExactLength(path, bytes, expected, $"{count} images of {rows}x{columns}");
        return new IdxImages(count, rows, columns, bytes.AsSpan(16).ToArray());
    }

    public static byte[] ReadLabels(string path)
    {
        var bytes = ReadFile(path);
        RequireLength(path, bytes, 8, "its 8-byte header");
        var magic = BinaryPrimitives.ReadInt32BigEndian(bytes);
        if (magic != LabelsMagic)
        {
            throw new InvalidDataException($"{path}: magic number 0x{magic:X8} is not an IDX label file's (0x{LabelsMagic:X8}).");
        }
        var count = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(4));
        if (count <= 0)
        {
            throw new InvalidDataException($"{path}: label count {count} is not valid.");
        }
        RequireExactLength(path, bytes, 8L + count, $"{count} labels");
        var labels = bytes.AsSpan(8).ToArray();
        var bad = Array.FindIndex(labels, l => l > 9);
        if (bad >= 0)
        {
            throw new InvalidDataException($"{path}: label {labels[bad]} at index {bad} is not a digit 0-9.");
        }
        return labels;
    }

    private static byte[] ReadFile(string path)
    {
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new FileNotFoundException($"IDX file {path} does not exist.", path);
        }
        // Checked up front: File.ReadAllBytes would fail on such a file with a message that does not name it.
        if (file.Length > Array.MaxLength)
        {
            throw new InvalidDataException($"{path}: {file.Length} bytes is more than one IDX file can hold in memory.");
        }
        return File.ReadAllBytes(path);
    }

    private static void RequireLength(string path, byte[] bytes, int length, string what)
    {
        if (bytes.Length < length)
        {
            throw new InvalidDataException($"{path}: {bytes.Length} bytes is too short to hold {what}.");
        }
    }

    private static void RequireExactLength(string path, byte[] bytes, long expected, string what)
    {
        if (bytes.Length != expected)
        {
            var fault = bytes.Length < expected ? "truncated" : "has trailing bytes";
            throw new InvalidDataException($"{path}: {fault}: {bytes.Length} bytes where {what} take {expected}.");
        }
    }
}
