using Xunit.Abstractions;

namespace MnistBlazor.Tests.Web.Browser;

/// <summary>Measures, in headless Chromium, how long after the pen lifts the answer is on screen: pointer-up to the
/// rendered digit, through JS encoding, SignalR, preprocessing, the ensemble and Blazor's render. Reports p50 and p90
/// for the two ways ink can travel: bytes in one interop call, or an IJSStreamReference. A measurement, not a timed test:
/// it only fails when a drawing is misread.</summary>
[Trait("Category", "Benchmark")]
[Collection(BrowserCollection.Name)]
public sealed class PointerUpLatencyBenchmark(BrowserFixture fixture, ITestOutputHelper output)
{
    private const int Warmup = 3;
    private const int Trials = 25;

    [Fact]
    public async Task PointerUpToRenderedAnswer()
    {
        var bytes = await MeasureAsync(fixture.RootUri);
        using var streaming = new AppServer(new Dictionary<string, string?> { ["DrawingPad:StreamAboveBytes"] = "0" });
        var streamed = await MeasureAsync(streaming.RootUri);

        var report = $"""
            pointer-up to rendered answer, headless Chromium, ensemble, {Trials} drawings each ({Environment.ProcessorCount} cores)
            bytes in one interop call: p50 {BenchmarkReport.Percentile(bytes, 50):0.0} ms, p90 {BenchmarkReport.Percentile(bytes, 90):0.0} ms
            IJSStreamReference:        p50 {BenchmarkReport.Percentile(streamed, 50):0.0} ms, p90 {BenchmarkReport.Percentile(streamed, 90):0.0} ms
            """;
        output.WriteLine(report);
        await BenchmarkReport.SaveAsync("pointer-up-latency.txt", report);
    }

    private async Task<List<double>> MeasureAsync(Uri root)
    {
        var page = await fixture.NewPageAsync();
        await using var context = page.Context;
        await page.GotoAsync(root.ToString());
        await page.Locator("[data-testid=drawing-pad][data-ready=true]").WaitForAsync();
        var timings = new List<double>();
        for (var trial = 0; trial < Warmup + Trials; trial++)
        {
            var milliseconds = await AnswerTiming.DrawAndTimeAsync(page, DrawingHand.Seven[0], "7", TimeSpan.FromSeconds(5));
            Assert.True(milliseconds >= 0, AnswerTiming.Explain(milliseconds, "7"));
            if (trial >= Warmup)
            {
                timings.Add(milliseconds);
            }
        }

        return timings;
    }
}
