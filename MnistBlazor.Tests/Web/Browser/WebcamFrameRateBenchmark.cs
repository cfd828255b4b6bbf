using System.Text.Json;
using static Microsoft.Playwright.Assertions;
using Xunit.Abstractions;

namespace MnistBlazor.Tests.Web.Browser;

/// <summary>Measures how many webcam frames a second the app recognises: Chromium's fake camera plays a photographed
/// seven, and the page's count of answered frames (data-frames) is read every second for 15 s. Fails when no frame is
/// answered or an answer is not a 7.</summary>
[Trait("Category", "Benchmark")]
[Collection(BrowserCollection.Name)]
public sealed class WebcamFrameRateBenchmark(BrowserFixture fixture, ITestOutputHelper output)
{
    private const int Seconds = 15;

    // Reads the answered-frame count and the shown digit now and then once a second, timed by the page's own clock.
    private const string Sample = """
        async (answer, seconds) => {
            const read = () => ({
                at: performance.now(),
                frames: Number(answer.dataset.frames),
                digit: answer.querySelector("[data-testid=prediction-digit]").textContent,
            });
            const samples = [read()];
            for (let i = 0; i < seconds; i++) {
                await new Promise(resolve => setTimeout(resolve, 1000));
                samples.push(read());
            }
            return JSON.stringify(samples);
        }
        """;

    [Fact]
    public async Task WebcamFramesRecognisedPerSecond()
    {
        var folder = Directory.CreateTempSubdirectory("mnist-webcam-rate-").FullName;
        try
        {
            var samples = await RecordAsync(folder);
            var rates = samples.Zip(samples.Skip(1), (a, b) => (b.Frames - a.Frames) * 1000.0 / (b.At - a.At)).ToList();
            var overall = (samples[^1].Frames - samples[0].Frames) * 1000.0 / (samples[^1].At - samples[0].At);
            var sevens = samples.Count(s => s.Digit == "7");

            var report = $"""
                # Webcam frames recognised per second

                {DateTime.Now:yyyy-MM-dd HH:mm}, headless Chromium, fake camera playing a photographed 7 (640x480), ensemble,
                {Environment.ProcessorCount} cores, load average at the end {File.ReadAllText("/proc/loadavg").Trim()}

                - frames answered in {Seconds} s: {samples[^1].Frames - samples[0].Frames}
                - frames/second: median of 1-second windows {BenchmarkReport.Percentile(rates, 50):0.0}, overall {overall:0.00}
                  (slowest window {rates.Min():0.0}, fastest {rates.Max():0.0}; the page sends at most 10 a second)
                - answer shown at the {samples.Count} samples: 7 at {sevens}
                """;
            output.WriteLine(report);
            await BenchmarkReport.SaveAsync("webcam-frame-rate.md", report);

            Assert.True(overall > 0, "No webcam frame was answered.");
            Assert.All(samples, s => Assert.Equal("7", s.Digit));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task<List<FrameSample>> RecordAsync(string folder)
    {
        using var picture = PaperDigits.Seven(640, 480);
        var video = await PaperDigits.FakeCameraVideoAsync(PaperDigits.SavePng(picture, folder, "seven.png"), folder);
        await using var browser = await Chromium.LaunchWithFakeCameraAsync(fixture.Playwright, video);
        var context = await browser.NewContextAsync(Chromium.Desktop);
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(fixture.RootUri, "webcam").ToString());

        await page.GetByTestId("webcam-start").ClickAsync();
        var answer = page.Locator(".webcam__answer");
        await Expect(answer.GetByTestId("prediction-digit")).ToHaveTextAsync("7");   // the models are warm from here on
        var json = await answer.EvaluateAsync<string>(Sample, Seconds);
        return JsonSerializer.Deserialize<List<FrameSample>>(json, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("The page returned no samples.");
    }

    private sealed record FrameSample(double At, int Frames, string Digit);
}
