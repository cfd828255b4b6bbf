using System.IO.Compression;
using Microsoft.Extensions.Logging;

namespace MnistBlazor.Training.Data.Acquisition;

/// <summary>A web mirror of the original MNIST distribution, serving each file gzip-compressed as <c>&lt;name&gt;.gz</c>.</summary>
public sealed class MirrorSource : IMnistSource
{
    private readonly Uri _baseUrl;
    private readonly HttpClient _http;
    private readonly ILogger _logger;
    private readonly TimeSpan _responseTimeout;

    /// <param name="responseTimeout">How long to wait for a response's headers; short, since mirrors are often unreachable.</param>
    public MirrorSource(Uri baseUrl, HttpClient http, ILogger logger, TimeSpan? responseTimeout = null)
    {
        // Without the trailing slash, relative file names would replace the last path segment.
        _baseUrl = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
        _http = http;
        _logger = logger;
        _responseTimeout = responseTimeout ?? TimeSpan.FromSeconds(10);
    }

    public string Name => $"mirror {_baseUrl}";

    public async Task FetchAsync(IReadOnlyList<MnistFile> files, MnistStore store, CancellationToken cancellationToken)
    {
        foreach (var file in files)
        {
            var url = new Uri(_baseUrl, file.Name + ".gz");
            _logger.Downloading(url);
            using var response = await HttpDownload.GetAsync(_http, url, _responseTimeout, cancellationToken);
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            await using var gzip = new GZipStream(body, CompressionMode.Decompress);
            try
            {
                await store.SaveAsync(file, gzip, cancellationToken);
            }
            catch (InvalidDataException e)
            {
                throw new MnistSourceException($"{url} is not valid gzip: {e.Message}", e);
            }
        }
    }
}
