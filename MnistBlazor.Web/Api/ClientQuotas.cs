using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace MnistBlazor.Web.Api;

/// <summary>
/// A fixed window of request units per client address. Unlike ASP.NET's fixed-window limiter, a refusal knows how much
/// of the window is left (its Retry-After is that, not the whole window), and a request may cost several units.
/// Singleton; thread-safe. Windows that have ended are dropped now and then, so the table holds recent clients only.
/// </summary>
internal sealed class ClientQuotas(IOptions<ApiOptions> options, TimeProvider time)
{
    private const int PruneEvery = 4096;

    private readonly ConcurrentDictionary<string, Window> windows = new();
    private int calls;

    /// <summary>Takes <paramref name="cost"/> units from the client's window; a cost above the whole limit counts as the limit.</summary>
    /// <param name="retryAfter">On refusal, the time until the client's window starts again.</param>
    public bool TryTake(string client, int cost, out TimeSpan retryAfter)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        if (Interlocked.Increment(ref calls) % PruneEvery == 0)
        {
            Prune(now);
        }

        var window = windows.GetOrAdd(client, _ => new Window());
        lock (window)
        {
            if (now >= window.Ends)
            {
                window.Ends = now + settings.Window;
                window.Used = 0;
            }

            var units = Math.Clamp(cost, 1, settings.PermitLimit);
            if (window.Used + units > settings.PermitLimit)
            {
                retryAfter = window.Ends - now;
                return false;
            }

            window.Used += units;
            retryAfter = TimeSpan.Zero;
            return true;
        }
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (client, window) in windows)
        {
            lock (window)
            {
                if (now >= window.Ends)
                {
                    windows.TryRemove(new KeyValuePair<string, Window>(client, window));
                }
            }
        }
    }

    private sealed class Window
    {
        public DateTimeOffset Ends { get; set; } = DateTimeOffset.MinValue;

        public int Used { get; set; }
    }
}
