using Microsoft.Playwright;

namespace MnistBlazor.Benchmarks.AbuseBenchmarks;

/// <summary>
/// The draw page in Debian's Chromium, as an attacker holds it: <see cref="PageReferences.Catch"/> catches the drawing
/// pad's .NET reference and the page calls OnInk directly, as often as it likes, bypassing the pad's own throttle.
/// </summary>
internal sealed class FloodingPage : IAsyncDisposable
{
    // A 7 drawn as the pad draws it: white round strokes on black, 140 px, as a PNG.
    private const string DrawSeven = """
        () => {
            const canvas = document.createElement("canvas");
            canvas.width = 140; canvas.height = 140;
            const c = canvas.getContext("2d");
            c.fillStyle = "#000"; c.fillRect(0, 0, 140, 140);
            c.strokeStyle = "#fff"; c.lineWidth = 12; c.lineCap = "round"; c.lineJoin = "round";
            c.beginPath(); c.moveTo(30, 30); c.lineTo(110, 30); c.lineTo(60, 115); c.stroke();
            return canvas.toDataURL("image/png").split(",")[1];
        }
        """;

    private const string Flood = """
        async ({ rate, milliseconds, png }) => {
            const ink = Uint8Array.from(atob(png), c => c.charCodeAt(0));
            let pad = null;
            for (const reference of window.__references) {
                try { await reference.invokeMethodAsync("OnInk", ink); pad = reference; break; } catch { }
            }
            if (!pad) { throw new Error("The drawing pad's .NET reference was not caught."); }
            let sent = 0, answered = 0, failed = 0;
            const calls = [];
            const start = performance.now();
            while (performance.now() - start < milliseconds) {
                const due = Math.floor((performance.now() - start) * rate / 1000);
                for (; sent < due; sent++) {
                    calls.push(pad.invokeMethodAsync("OnInk", ink).then(() => answered++, () => failed++));
                }
                await new Promise(resolve => setTimeout(resolve, 5));
            }
            const end = performance.now();
            await Promise.allSettled(calls);
            return { sent, answered, failed, drainMs: performance.now() - end };
        }
        """;

    // The pad's reference is the one whose OnInk answers (a refused image is answered too); the others have no OnInk.
    private const string StreamInk = """
        async (base64) => {
            let pad = null;
            for (const reference of window.__references) {
                try { await reference.invokeMethodAsync("OnInk", new Uint8Array([1, 2, 3])); pad = reference; break; } catch { }
            }
            if (!pad) { return "no pad reference"; }
            const bytes = Uint8Array.from(atob(base64), c => c.charCodeAt(0));
            try {
                await pad.invokeMethodAsync("OnInkStreamed", DotNet.createJSStreamReference(bytes));
            } catch (error) {
                return "refused: " + String(error).split("\n")[0].slice(0, 80);
            }
            await new Promise(resolve => setTimeout(resolve, 500));
            return "accepted: " + (document.querySelector("[data-testid=prediction-error]")?.textContent
                ?? document.querySelector("[data-testid=prediction-verdict]")?.textContent ?? "");
        }
        """;

    private const string UploadDone = """
        name => {
            const row = document.querySelector(`[data-testid=upload-result][data-file='${name}']`);
            return row && !row.querySelector(".mud-progress-circular");
        }
        """;

    private readonly IPlaywright playwright;
    private readonly IBrowser browser;
    private readonly IPage page;

    private FloodingPage(IPlaywright playwright, IBrowser browser, IPage page)
    {
        this.playwright = playwright;
        this.browser = browser;
        this.page = page;
    }

    public static async Task<FloodingPage> OpenAsync(Uri root, string ready = "[data-testid=drawing-pad][data-ready=true]")
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync();
        await page.AddInitScriptAsync(PageReferences.Catch);
        await page.GotoAsync(root.ToString());
        await page.WaitForSelectorAsync(ready, new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
        return new FloodingPage(playwright, browser, page);
    }

    public async Task<byte[]> InkAsync() => Convert.FromBase64String(await page.EvaluateAsync<string>(DrawSeven));

    public async Task<FloodResult> FloodAsync(int rate, TimeSpan duration)
    {
        var png = Convert.ToBase64String(await InkAsync());
        return await page.EvaluateAsync<FloodResult>(Flood, new { rate, milliseconds = duration.TotalMilliseconds, png });
    }

    /// <summary>Streams bytes to the pad's OnInkStreamed, as the pad does with ink over 24 KB; says how the call ended.</summary>
    public async Task<string> StreamInkAsync(byte[] bytes)
    {
        await page.WaitForFunctionAsync("() => window.__references.length > 0");
        return await page.EvaluateAsync<string>(StreamInk, Convert.ToBase64String(bytes));
    }

    /// <summary>Drops a file on the upload page and waits for its row to finish (or a minute); returns what the row says.</summary>
    public async Task<string> UploadAsync(string name, byte[] bytes)
    {
        // Blazor marks the input once the circuit has wired it up; files set before that are never read.
        await page.WaitForFunctionAsync("() => document.querySelector('input[type=file]')?._blazorInputFileNextFileId !== undefined");
        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = name, MimeType = "application/octet-stream", Buffer = bytes });
        await page.WaitForFunctionAsync(UploadDone, name, new() { Timeout = 60_000 });
        return (await page.Locator($"[data-testid=upload-result][data-file='{name}']").InnerTextAsync()).ReplaceLineEndings(" ");
    }

    public async ValueTask DisposeAsync()
    {
        await browser.CloseAsync();
        playwright.Dispose();
    }
}

/// <summary>What the page sent, how many calls the server answered or failed, and how long after the flood the last one took.</summary>
internal sealed class FloodResult
{
    public int Sent { get; init; }

    public int Answered { get; init; }

    public int Failed { get; init; }

    public double DrainMs { get; init; }
}
