using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
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

    // Listens before the pen goes down. Once the pad has no answer pending after pointer-up, resolves with the time of
    // the last change to the prediction panel after pointer-up (0 when the final answer was already on screen), or
    // with -1 when the answer is not a 7, or -2 when no answer came within five seconds.
    private const string Arm = """
        canvas => {
            canvas.latency = new Promise(resolve => {
                const panel = document.querySelector(".prediction-panel");
                let upAt = 0, lastChange = 0;
                const finish = value => { observer.disconnect(); resolve(value); };
                const observer = new MutationObserver(records => {
                    if (!upAt) {
                        return;
                    }
                    if (records.some(r => panel.contains(r.target))) {
                        lastChange = performance.now();
                    }
                    if (canvas.dataset.pending === "false") {
                        const digit = panel.querySelector("[data-testid=prediction-digit]").textContent;
                        finish(digit === "7" ? Math.max(0, lastChange - upAt) : -1);
                    }
                });
                canvas.addEventListener("pointerup", () => {
                    upAt = performance.now();
                    setTimeout(() => finish(-2), 5000);
                }, { once: true, capture: true });
                observer.observe(panel, { childList: true, characterData: true, subtree: true, attributes: true });
                observer.observe(canvas, { attributes: true, attributeFilter: ["data-pending"] });
            });
        }
        """;

    [Fact]
    public async Task PointerUpToRenderedAnswer()
    {
        var bytes = await MeasureAsync(fixture.RootUri);
        using var streaming = new AppServer(new Dictionary<string, string?> { ["DrawingPad:StreamAboveBytes"] = "0" });
        var streamed = await MeasureAsync(streaming.RootUri);

        var report = $"""
            pointer-up to rendered answer, headless Chromium, ensemble, {Trials} drawings each ({Environment.ProcessorCount} cores)
            bytes in one interop call: p50 {Percentile(bytes, 50):0.0} ms, p90 {Percentile(bytes, 90):0.0} ms
            IJSStreamReference:        p50 {Percentile(streamed, 50):0.0} ms, p90 {Percentile(streamed, 90):0.0} ms
            """;
        output.WriteLine(report);
        var folder = Path.Combine(AppContext.BaseDirectory, "artifacts", "benchmarks");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "pointer-up-latency.txt"), report + Environment.NewLine);
    }

    private async Task<List<double>> MeasureAsync(Uri root)
    {
        var page = await fixture.NewPageAsync();
        await using var context = page.Context;
        await page.GotoAsync(root.ToString());
        var pad = DrawingHand.Pad(page);
        await page.Locator("[data-testid=drawing-pad][data-ready=true]").WaitForAsync();
        var box = await pad.BoundingBoxAsync() ?? throw new InvalidOperationException("The drawing pad is not visible.");
        var timings = new List<double>();
        for (var trial = 0; trial < Warmup + Trials; trial++)
        {
            await page.GetByTestId("clear-button").ClickAsync();
            await Expect(page.GetByTestId("prediction-digit")).ToHaveTextAsync("");
            await pad.EvaluateAsync(Arm);

            // One quick stroke, as a hand draws it: the pad sends the first dot at once and the rest after pointer-up.
            var stroke = DrawingHand.Seven[0];
            await page.Mouse.MoveAsync(X(box, stroke[0].X), Y(box, stroke[0].Y));
            await page.Mouse.DownAsync();
            foreach (var (x, y) in stroke.Skip(1))
            {
                await page.Mouse.MoveAsync(X(box, x), Y(box, y), new MouseMoveOptions { Steps = 4 });
            }

            await page.Mouse.UpAsync();
            var milliseconds = await pad.EvaluateAsync<double>("canvas => canvas.latency");
            Assert.True(milliseconds >= 0, milliseconds == -1 ? "The quick seven was not read as a 7." : "No answer came within five seconds.");
            if (trial >= Warmup)
            {
                timings.Add(milliseconds);
            }
        }

        return timings;
    }

    private static double Percentile(List<double> values, int percent)
    {
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }

    private static float X(LocatorBoundingBoxResult box, double x) => (float)(box.X + (x * box.Width));

    private static float Y(LocatorBoundingBoxResult box, double y) => (float)(box.Y + (y * box.Height));
}
