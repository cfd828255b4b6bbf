using System.Diagnostics;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using Xunit.Abstractions;

namespace MnistBlazor.Tests.Web.Browser;

/// <summary>Twenty people drawing at once: 20 pages (one Chromium, a context each) draw 1, 7 and 0 over and over for
/// 20 s against the app running as its own process. Measures pointer-up-to-answer latency under that load and the web
/// process's memory; fails when any page shows an error, loses its circuit, misreads a digit or has no answer.</summary>
[Trait("Category", "Benchmark")]
[Collection(BrowserCollection.Name)]
public sealed class ConcurrentDrawingBenchmark(BrowserFixture fixture, ITestOutputHelper output)
{
    private const int Pages = 20;
    private static readonly TimeSpan Drawing = TimeSpan.FromSeconds(20);
    private static readonly (string Digit, IReadOnlyList<(double X, double Y)> Stroke)[] Digits =
        [("1", DrawingHand.One[0]), ("7", DrawingHand.Seven[0]), ("0", DrawingHand.Zero[0])];

    [Fact]
    public async Task TwentyPagesDrawingAtOnce()
    {
        await using var server = await WebProcess.StartAsync(TimeSpan.FromSeconds(60));
        var started = server.Usage();
        var pages = new List<WatchedPage>();
        var warmUps = new List<double>();
        for (var i = 0; i < Pages; i++)
        {
            // Each page draws once as it opens, so its circuit is warm before the timed drawing starts; the very first
            // answer of a cold process (JIT, ONNX Runtime's first runs) gets longer on a busy machine.
            var page = await WatchedPage.OpenAsync(fixture, server.RootUri, "[data-testid=drawing-pad][data-ready=true]");
            var warmUp = await DrawAsync(page.Page, Digits[0], TimeSpan.FromSeconds(120));
            Assert.True(warmUp >= 0, AnswerTiming.Explain(warmUp, Digits[0].Digit));
            warmUps.Add(warmUp);
            pages.Add(page);
        }

        var open = server.Usage();
        var clock = Stopwatch.StartNew();
        var runs = await Task.WhenAll(pages.Select(p => DrawUntilAsync(p.Page, clock)));
        var elapsed = clock.Elapsed;
        var drawn = server.Usage();

        var problems = new List<string>();
        for (var i = 0; i < pages.Count; i++)
        {
            problems.AddRange((await pages[i].ProblemsAsync()).Select(p => $"page {i + 1}: {p}"));
            await Expect(pages[i].Page.GetByTestId("prediction-digit")).Not.ToHaveTextAsync("");
            await pages[i].Page.Context.DisposeAsync();
        }

        var timings = runs.SelectMany(r => r.Timings).ToList();
        var report = $"""
            # {Pages} pages drawing at once

            {DateTime.Now:yyyy-MM-dd HH:mm}, headless Chromium (one browser, a context per page), the app as its own process
            (dotnet MnistBlazor.Web.dll, Development, ensemble), {Environment.ProcessorCount} cores,
            load average at the end {File.ReadAllText("/proc/loadavg").Trim()}

            - drawings answered in {elapsed.TotalSeconds:0} s, all pages at once: {timings.Count} ({runs.Min(r => r.Timings.Count)}-{runs.Max(r => r.Timings.Count)} a page), {runs.Sum(r => r.Misread)} misread, {runs.Sum(r => r.Unanswered)} unanswered
            - warm-up, one page at a time: first answer of the cold process {warmUps[0]:0} ms, then median {BenchmarkReport.Percentile(warmUps.Skip(1).ToList(), 50):0} ms
            - pointer-up to rendered answer, all pages drawing: p50 {BenchmarkReport.Percentile(timings, 50):0} ms, p95 {BenchmarkReport.Percentile(timings, 95):0} ms, max {timings.Max():0} ms
            - web process RSS: {Megabytes(started.Resident)} MB started, {Megabytes(open.Resident)} MB with {Pages} pages open, {Megabytes(drawn.Resident)} MB after drawing, peak {Megabytes(drawn.Peak)} MB
            - web process CPU while drawing: {(drawn.Processor - open.Processor).TotalSeconds:0.0} s in {elapsed.TotalSeconds:0} s
            - problems: {(problems.Count == 0 ? "none" : string.Join("; ", problems))}
            """;
        output.WriteLine(report);
        await BenchmarkReport.SaveAsync("concurrent-drawing.md", report);

        Assert.Empty(problems);
        Assert.All(runs, r => Assert.Equal((0, 0), (r.Misread, r.Unanswered)));
        Assert.All(runs, r => Assert.NotEmpty(r.Timings));
    }

    private static async Task<PageRun> DrawUntilAsync(IPage page, Stopwatch clock)
    {
        var run = new PageRun();
        for (var drawing = 0; clock.Elapsed < Drawing; drawing++)
        {
            var (digit, stroke) = Digits[drawing % Digits.Length];
            var milliseconds = await DrawAsync(page, (digit, stroke), TimeSpan.FromSeconds(30));
            if (milliseconds == AnswerTiming.WrongDigit)
            {
                run.Misread++;
            }
            else if (milliseconds == AnswerTiming.NoAnswer)
            {
                run.Unanswered++;
            }
            else
            {
                run.Timings.Add(milliseconds);
            }
        }

        return run;
    }

    private static Task<double> DrawAsync(IPage page, (string Digit, IReadOnlyList<(double X, double Y)> Stroke) drawing,
        TimeSpan timeout)
        => AnswerTiming.DrawAndTimeAsync(page, drawing.Stroke, drawing.Digit, timeout);

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0", System.Globalization.CultureInfo.InvariantCulture);

    private sealed class PageRun
    {
        public List<double> Timings { get; } = [];

        public int Misread { get; set; }

        public int Unanswered { get; set; }
    }
}
