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
    private const int Trials = 15;

    // Listens before the pen goes down; resolves with the milliseconds from pointer-up to a rendered 7.
    private const string Arm = """
        canvas => {
            canvas.latency = new Promise(resolve => {
                let upAt = 0;
                canvas.addEventListener("pointerup", () => upAt = performance.now(), { once: true, capture: true });
                const observer = new MutationObserver(() => {
                    const digit = document.querySelector("[data-testid=prediction-digit]");
                    if (upAt && digit && digit.textContent === "7") {
                        observer.disconnect();
                        resolve(performance.now() - upAt);
                    }
                });
                observer.observe(document.querySelector(".prediction-panel"), { childList: true, characterData: true, subtree: true });
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
        await File.WriteAllTextAsync(Path.Combine(folder, "pointer-up-latency.txt"), report);
        Assert.Equal(Trials, bytes.Count);
        Assert.Equal(Trials, streamed.Count);
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
