using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace MnistBlazor.Web.Admission;

/// <summary>
/// The one limit on recognition work in the process: REST requests and every page's drawing pad and webcam take a turn
/// here, a few at once and the rest in a short queue in arrival order, so that no single source can starve the others.
/// Beyond the queue a caller hears at once that the server is busy. Singleton; thread-safe.
/// </summary>
public sealed class RecognitionAdmission : IDisposable
{
    private readonly ConcurrencyLimiter limiter;

    public RecognitionAdmission(IOptions<AdmissionOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        settings.Validate();
        RetryAfter = settings.RetryAfter;
        limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = settings.Concurrency,
            QueueLimit = settings.Queue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <summary>What a busy caller is told to wait.</summary>
    public TimeSpan RetryAfter { get; }

    /// <summary>Waits for a turn; dispose the turn when the recognition is done.</summary>
    /// <exception cref="RecognitionBusyException">Every turn is taken and the queue is full.</exception>
    public async ValueTask<IDisposable> EnterAsync(CancellationToken cancellationToken = default)
    {
        var lease = await limiter.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        if (lease.IsAcquired)
        {
            return lease;
        }

        lease.Dispose();
        throw new RecognitionBusyException(RetryAfter);
    }

    public void Dispose() => limiter.Dispose();
}

/// <summary>The server has no turn free for another recognition; try again after <see cref="RetryAfter"/>.</summary>
public sealed class RecognitionBusyException(TimeSpan retryAfter)
    : Exception($"The server is busy with other recognitions; try again in {Math.Ceiling(retryAfter.TotalSeconds):0} s.")
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
