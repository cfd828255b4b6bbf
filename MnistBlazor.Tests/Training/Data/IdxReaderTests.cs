using System.Buffers.Binary;
using MnistBlazor.Tests.Training.Data.Fakes;
using MnistBlazor.Training.Data;

namespace MnistBlazor.Tests.Training.Data;

public sealed class IdxReaderTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    [Fact]
    public void GoodImageFileIsRead()
    {
        var path = Write("images", SyntheticMnist.Images(count: 3, rows: 2, columns: 4));

        var images = IdxReader.ReadImages(path);

        Assert.Equal((3, 2, 4), (images.Count, images.Rows, images.Columns));
        Assert.Equal(SyntheticMnist.Images(3, 2, 4).AsSpan(16).ToArray(), images.Pixels);
    }

    [Fact]
    public void GoodLabelFileIsRead()
    {
        var path = Write("labels", SyntheticMnist.Labels(0, 9, 5));

        Assert.Equal([0, 9, 5], IdxReader.ReadLabels(path));
    }

    [Fact]
    public void BadMagicNumberIsNamed()
    {
        var path = Write("labels-as-images", SyntheticMnist.Labels(1, 2, 3, 4, 5, 6, 7, 8));

        var error = Assert.Throws<InvalidDataException>(() => IdxReader.ReadImages(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("magic number 0x00000801", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ZeroRowsAreBadDimensions()
    {
        var bytes = SyntheticMnist.Images(count: 1, rows: 2, columns: 2);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(8), 0);
        var path = Write("flat-images", bytes);

        var error = Assert.Throws<InvalidDataException>(() => IdxReader.ReadImages(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("dimensions 1x0x2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TruncatedImageFileIsNamed()
    {
        var bytes = SyntheticMnist.Images(count: 3, rows: 2, columns: 2);
        var path = Write("short-images", bytes[..^1]);

        var error = Assert.Throws<InvalidDataException>(() => IdxReader.ReadImages(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TruncatedHeaderIsNamed()
    {
        var path = Write("header-only", SyntheticMnist.Labels(3)[..5]);

        var error = Assert.Throws<InvalidDataException>(() => IdxReader.ReadLabels(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("too short", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TrailingBytesAreNamed()
    {
        var path = Write("long-labels", [.. SyntheticMnist.Labels(3, 4), 0]);

        var error = Assert.Throws<InvalidDataException>(() => IdxReader.ReadLabels(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("trailing bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LabelAboveNineIsNamed()
    {
        var path = Write("bad-labels", SyntheticMnist.Labels(3, 10, 4));

        var error = Assert.Throws<InvalidDataException>(() => IdxReader.ReadLabels(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("label 10 at index 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFileIsNamed()
    {
        var path = _directory.File("absent");

        var error = Assert.Throws<FileNotFoundException>(() => IdxReader.ReadLabels(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FileTooLargeForMemoryIsNamed()
    {
        var path = _directory.File("huge");
        using (var sparse = File.Create(path))
        {
            sparse.SetLength(3L << 30);
        }

        var error = Assert.Throws<InvalidDataException>(() => IdxReader.ReadImages(path));

        Assert.Contains($"{path}: 3221225472 bytes", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _directory.Dispose();

    private string Write(string name, byte[] bytes)
    {
        var path = _directory.File(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
