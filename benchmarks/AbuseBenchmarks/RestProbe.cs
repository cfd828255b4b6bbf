using System.Diagnostics;
using System.Net.Http.Headers;

namespace MnistBlazor.Benchmarks.AbuseBenchmarks;

/// <summary>Another client of the server: a script posting one drawing to /api/predict (the default model) ten times a
/// second, each call timed. Paced, not flat out, so that it measures what a flood does to a client rather than
/// competing with it, and stays inside the API's default quota.</summary>
internal sealed class RestProbe(Uri root, byte[] png) : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly HttpClient http = new() { BaseAddress = root, Timeout = TimeSpan.FromSeconds(30) };

    public async Task<ProbeResult> RunAsync(TimeSpan duration)
    {
        var latencies = new List<double>();
        var failures = new List<string>();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            var started = clock.Elapsed;
            try
            {
                using var response = await http.PostAsync("api/predict", Form());
                await response.Content.ReadAsByteArrayAsync();
                if (response.IsSuccessStatusCode)
                {
                    latencies.Add((clock.Elapsed - started).TotalMilliseconds);
                }
                else
                {
                    failures.Add($"{(int)response.StatusCode}");
                }
            }
            catch (HttpRequestException e)
            {
                failures.Add(e.Message);
            }
            catch (TaskCanceledException)
            {
                failures.Add("timed out");
            }

            var wait = started + Interval - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }
        }

        return new ProbeResult(latencies, failures);
    }

    private MultipartFormDataContent Form()
    {
        var file = new ByteArrayContent(png);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        return new MultipartFormDataContent { { file, "image", "seven.png" } };
    }

    public void Dispose() => http.Dispose();
}

/// <summary>The probe's successful calls' times (ms) and its failures.</summary>
internal sealed record ProbeResult(IReadOnlyList<double> Latencies, IReadOnlyList<string> Failures)
{
    public int Failed => Failures.Count;

    public double Median => Percentile(0.5);

    public double Percentile(double share)
    {
        if (Latencies.Count == 0)
        {
            return double.NaN;
        }

        var sorted = Latencies.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Floor(share * sorted.Count))];
    }
}
