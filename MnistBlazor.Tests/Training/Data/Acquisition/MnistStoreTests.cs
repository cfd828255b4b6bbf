using MnistBlazor.Tests.Training.Data.Fakes;
using MnistBlazor.Training.Data.Acquisition;

namespace MnistBlazor.Tests.Training.Data.Acquisition;

public sealed class MnistStoreTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();
    private readonly ListLogger _log = new();
    private readonly MnistFile _labels = SyntheticMnist.Files.TrainLabels;
    private readonly byte[] _content = SyntheticMnist.Contents["train-labels-idx1-ubyte"];

    [Fact]
    public async Task MatchingContentIsSavedUnderItsName()
    {
        var store = new MnistStore(_directory.Path, _log);

        await store.SaveAsync(_labels, new MemoryStream(_content), default);

        Assert.True(store.Holds(_labels));
        Assert.Equal(_content, File.ReadAllBytes(store.PathOf(_labels)));
        Assert.Equal([_labels.Name], _directory.FileNames());
    }

    [Fact]
    public async Task MismatchedContentReplacesNothingAndLeavesNoTemporaryFile()
    {
        var store = new MnistStore(_directory.Path, _log);
        File.WriteAllBytes(store.PathOf(_labels), [42]);

        var error = await Assert.ThrowsAsync<MnistSourceException>(
            () => store.SaveAsync(_labels, new MemoryStream(_content[..^1]), default));

        Assert.StartsWith($"{_labels.Name}: SHA-256 ", error.Message, StringComparison.Ordinal);
        Assert.False(store.Holds(_labels));
        Assert.Equal([42], File.ReadAllBytes(store.PathOf(_labels)));
        Assert.Equal([_labels.Name], _directory.FileNames());
    }

    [Fact]
    public async Task IntactExistingFileIsVerified()
    {
        var store = new MnistStore(_directory.Path, _log);
        File.WriteAllBytes(store.PathOf(_labels), _content);

        Assert.True(await store.VerifyExistingAsync(_labels, default));
        Assert.True(store.Holds(_labels));
    }

    [Fact]
    public async Task TruncatedExistingFileIsNamedInAWarning()
    {
        var store = new MnistStore(_directory.Path, _log);
        File.WriteAllBytes(store.PathOf(_labels), _content[..4]);

        Assert.False(await store.VerifyExistingAsync(_labels, default));

        var warning = Assert.Single(_log.Warnings);
        Assert.Contains($"{store.PathOf(_labels)} is corrupt or truncated (4 bytes", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingDirectoryIsCreatedOnSave()
    {
        var store = new MnistStore(Path.Combine(_directory.Path, "data", "mnist"), _log);

        await store.SaveAsync(_labels, new MemoryStream(_content), default);

        Assert.True(File.Exists(Path.Combine(_directory.Path, "data", "mnist", _labels.Name)));
    }

    public void Dispose() => _directory.Dispose();
}
