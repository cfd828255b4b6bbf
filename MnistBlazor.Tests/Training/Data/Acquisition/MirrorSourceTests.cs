using System.Diagnostics;
using MnistBlazor.Tests.Training.Data.Fakes;
using MnistBlazor.Training.Data.Acquisition;

namespace MnistBlazor.Tests.Training.Data.Acquisition;

public sealed class MirrorSourceTests : IAsyncLifetime
{
    private AcquisitionFixture _fixture = null!;

    public async Task InitializeAsync() => _fixture = await AcquisitionFixture.StartAsync();

    public async Task DisposeAsync() => await _fixture.DisposeAsync();

    [Fact]
    public async Task UnreachableMirrorFailsFastNamingTheUrl()
    {
        var url = ClosedPort.Url();
        var source = new MirrorSource(url, _fixture.Http, _fixture.Log);
        var watch = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<HttpRequestException>(
            () => source.FetchAsync(SyntheticMnist.Files.All, _fixture.Store(), default));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.Contains(new Uri(url, "train-images-idx3-ubyte.gz").AbsoluteUri, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SilentMirrorTimesOutWaitingForTheResponse()
    {
        _fixture.ServeMirrorFiles();
        _fixture.Mirror.Delay = TimeSpan.FromSeconds(5);
        var source = new MirrorSource(_fixture.Mirror.Url("mnist/"), _fixture.Http, _fixture.Log, TimeSpan.FromMilliseconds(200));

        var error = await Assert.ThrowsAsync<HttpRequestException>(
            () => source.FetchAsync(SyntheticMnist.Files.All, _fixture.Store(), default));

        Assert.Contains("no response within 0.2 s", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FileThatIsNotGzipIsRejectedAndNotKept()
    {
        _fixture.Mirror.Serve("mnist/train-images-idx3-ubyte.gz", SyntheticMnist.Contents["train-images-idx3-ubyte"]);

        var error = await Assert.ThrowsAsync<MnistSourceException>(
            () => _fixture.MirrorSource().FetchAsync([SyntheticMnist.Files.TrainImages], _fixture.Store(), default));

        Assert.Contains("is not valid gzip", error.Message, StringComparison.Ordinal);
        Assert.Empty(_fixture.Directory.FileNames());
    }

    [Fact]
    public async Task TruncatedGzipLeavesNothingHalfWritten()
    {
        var gzip = SyntheticMnist.Gzip(SyntheticMnist.Contents["train-images-idx3-ubyte"]);
        _fixture.Mirror.Serve("mnist/train-images-idx3-ubyte.gz", gzip[..(gzip.Length / 2)]);

        // Whether gzip notices the missing end or the checksum does, it is the source's fault.
        await Assert.ThrowsAsync<MnistSourceException>(
            () => _fixture.MirrorSource().FetchAsync([SyntheticMnist.Files.TrainImages], _fixture.Store(), default));

        Assert.Empty(_fixture.Directory.FileNames());
    }
}
