using System.Globalization;

namespace MnistBlazor.Benchmarks.AbuseBenchmarks;

/// <summary>The benchmark's Markdown report: the other client idle and under the flood, side by side, and the page's calls.</summary>
internal static class FloodReport
{
    public static string Render(Uri root, int rate, TimeSpan flood, ProbeResult quiet, ProbeResult loaded, FloodResult sent)
    {
        var ratio = loaded.Median / quiet.Median;
        return string.Create(CultureInfo.InvariantCulture, $"""
            # One page flooding the drawing pad ({root}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC)

            | another client's REST calls (10/s) | calls | failed | p50 ms | p95 ms | max ms |
            | --- | --- | --- | --- | --- | --- |
            | idle | {quiet.Latencies.Count} | {quiet.Failed} | {quiet.Median:0.0} | {quiet.Percentile(0.95):0.0} | {quiet.Percentile(1):0.0} |
            | while one page calls OnInk {rate}/s for {flood.TotalSeconds:0} s | {loaded.Latencies.Count} | {loaded.Failed} | {loaded.Median:0.0} | {loaded.Percentile(0.95):0.0} | {loaded.Percentile(1):0.0} |

            - p50 under the flood / idle: **{ratio:0.00}x** (goal: at most 2x, and no failed call: {(ratio <= 2 && loaded.Failed == 0 ? "met" : "not met")})
            - the page sent {sent.Sent} calls: {sent.Answered} answered, {sent.Failed} failed; the last answered {sent.DrainMs:0} ms after the flood ended
            {(loaded.Failed > 0 ? $"- failures: {string.Join(", ", loaded.Failures.Distinct())}" : "")}
            """);
    }
}
