using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace MnistBlazor.Benchmarks.AbuseBenchmarks;

/// <summary>Sends each crafted file the way the audit did (REST, the drawing pad's stream, the upload page) and records
/// the answer, the time and the server's memory before, at its peak and after.</summary>
internal sealed class CraftedRun(Uri root, ServerMemory memory)
{
    private readonly StringBuilder report = new();

    public async Task<string> RunAsync()
    {
        var bomb1 = CraftedFiles.PngTextBomb("zTXt", 1024);
        var bomb4 = CraftedFiles.PngTextBomb("zTXt", 4096);
        var itxt = CraftedFiles.PngTextBomb("iTXt", 1024);
        var padBomb = CraftedFiles.PngTextBomb("zTXt", 400);
        var smallBomb = CraftedFiles.PngTextBomb("zTXt", 64);
        var gif = CraftedFiles.GifOfTinyFrames(4096, 40);
        var jpeg = CraftedFiles.JpegDeclaringMore();
        report.AppendLine(CultureInfo.InvariantCulture, $"# Crafted files ({root}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC)").AppendLine()
            .AppendLine("| file | bytes | route | answer | seconds | RSS before MB | peak MB | after MB |")
            .AppendLine("| --- | --- | --- | --- | --- | --- | --- | --- |");
        using var http = new HttpClient { BaseAddress = root, Timeout = TimeSpan.FromMinutes(3) };
        await MeasureAsync("PNG RGBA, zTXt inflating to 1 GB", bomb1, "REST", () => PostAsync(http, bomb1, "bomb.png"));
        await MeasureAsync("PNG RGBA, zTXt inflating to 4 GB", bomb4, "REST", () => PostAsync(http, bomb4, "bomb.png"));
        await MeasureAsync("PNG RGBA, iTXt inflating to 1 GB", itxt, "REST", () => PostAsync(http, itxt, "bomb.png"));
        await MeasureAsync("JPEG declaring 4096x4096, holding 280x280", jpeg, "REST", () => PostAsync(http, jpeg, "short.jpg"));
        await MeasureAsync("GIF 4096x4096 screen, 40 frames", gif, "REST", () => PostAsync(http, gif, "frames.gif"));
        await using (var page = await FloodingPage.OpenAsync(root))
        {
            await MeasureAsync("PNG RGBA, zTXt inflating to 400 MB", padBomb, "pad stream", () => page.StreamInkAsync(padBomb));
            await MeasureAsync("PNG RGBA, zTXt inflating to 64 MB", smallBomb, "pad stream", () => page.StreamInkAsync(smallBomb));
        }

        await using (var upload = await FloodingPage.OpenAsync(new Uri(root, "upload"), "[data-testid=upload-input]"))
        {
            await MeasureAsync("GIF 4096x4096 screen, 40 frames", gif, "upload page", () => upload.UploadAsync("frames.gif", gif));
        }

        return report.ToString();
    }

    private async Task MeasureAsync(string file, byte[] bytes, string route, Func<Task<string>> send)
    {
        Console.Error.WriteLine($"{file} via {route}…");
        await Task.Delay(TimeSpan.FromSeconds(2));
        var before = memory.ResidentMegabytes;
        memory.ResetPeak();
        var clock = Stopwatch.StartNew();
        string answer;
        try
        {
            answer = await send();
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or Microsoft.Playwright.PlaywrightException)
        {
            answer = $"failed: {e.Message.Split('\n')[0]}";
        }

        var seconds = clock.Elapsed.TotalSeconds;
        var peak = memory.PeakMegabytes;
        await Task.Delay(TimeSpan.FromSeconds(3));
        report.AppendLine(CultureInfo.InvariantCulture,
            $"| {file} | {bytes.Length:N0} | {route} | {answer.Replace('|', '/')} | {seconds:0.0} | {before} | {peak} | {memory.ResidentMegabytes} |");
    }

    private static async Task<string> PostAsync(HttpClient http, byte[] bytes, string name)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var response = await http.PostAsync("api/predict", new MultipartFormDataContent { { file, "image", name } });
        var body = await response.Content.ReadAsStringAsync();
        var detail = body.Contains("\"detail\"", StringComparison.Ordinal)
            ? body[(body.IndexOf("\"detail\"", StringComparison.Ordinal) + 10)..].Split('"')[0]
            : body.Contains("\"verdict\"", StringComparison.Ordinal) ? "verdict " + body[(body.IndexOf("\"verdict\"", StringComparison.Ordinal) + 11)..].Split('"')[0] : "";
        return $"{(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType}: {detail}";
    }
}
