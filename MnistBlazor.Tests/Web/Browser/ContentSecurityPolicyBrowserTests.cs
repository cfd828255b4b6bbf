using System.Collections.Concurrent;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MnistBlazor.Tests.Web.Browser;

/// <summary>Every page under the app's Content-Security-Policy in Chromium: nothing is refused and each page still does its
/// job (the circuit's WebSocket, the collocated modules through the import map, data: images).</summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyBrowserTests(BrowserFixture fixture) : IAsyncLifetime
{
    // Before any page script: the browser reports each refusal to the document as an event.
    private const string RecordViolations = """
        window.__violations = [];
        document.addEventListener("securitypolicyviolation",
            e => window.__violations.push(`${e.violatedDirective} refused ${e.blockedURI || "inline"}`));
        """;

    private readonly ConcurrentQueue<string> _refusals = new();
    private IPage _page = default!;

    public async Task InitializeAsync()
    {
        _page = await fixture.NewPageAsync();
        await _page.Context.AddInitScriptAsync(RecordViolations);
        _page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)
                || message.Text.StartsWith("Refused to", StringComparison.Ordinal))
            {
                _refusals.Enqueue(message.Text);
            }
        };
    }

    public Task DisposeAsync() => _page.Context.DisposeAsync().AsTask();

    [Fact]
    public async Task DrawPageReadsASevenWithoutViolations()
    {
        await OpenAsync("");

        await DrawingHand.DrawAsync(_page, DrawingHand.Seven);

        await Expect(_page.GetByTestId("prediction-digit")).ToHaveTextAsync("7");
        await Expect(_page.GetByTestId("seen-digit")).ToBeVisibleAsync();
        await AssertNoViolationsAsync();
    }

    [Fact]
    public async Task UploadPageShowsAThumbnailWithoutViolations()
    {
        await OpenAsync("upload");
        await _page.WaitForFunctionAsync("() => document.querySelector('input[type=file]')?._blazorInputFileNextFileId !== undefined");
        var folder = Directory.CreateTempSubdirectory("mnist-csp-").FullName;
        try
        {
            using var picture = PaperDigits.Seven(480, 640);

            await _page.Locator("input[type=file]").SetInputFilesAsync(PaperDigits.SavePng(picture, folder, "seven.png"));

            await Expect(_page.Locator("[data-file='seven.png'] [data-testid=upload-digit]")).ToHaveTextAsync("7");
            await Expect(_page.Locator("[data-file='seven.png'] .upload-grid__thumbnail")).ToBeVisibleAsync();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        await AssertNoViolationsAsync();
    }

    [Fact]
    public async Task WebcamPageLoadsItsModuleWithoutViolations()
    {
        await OpenAsync("webcam");

        // This browser has no camera: the answer comes from the collocated module, so it was imported.
        await _page.GetByTestId("webcam-start").ClickAsync();

        await Expect(_page.GetByTestId("webcam-problem")).ToContainTextAsync("No camera was found.");
        await AssertNoViolationsAsync();
    }

    [Fact]
    public async Task ModelsPageShowsItsCardsWithoutViolations()
    {
        await OpenAsync("models");

        await Expect(_page.GetByTestId("model-card")).ToHaveCountAsync(5);
        await AssertNoViolationsAsync();
    }

    [Fact]
    public async Task ApiReferencePageRendersUnderItsOwnPolicy()
    {
        await _page.GotoAsync(new Uri(fixture.RootUri, "scalar/").ToString());

        await Expect(_page.GetByText("Recognize a handwritten digit").First).ToBeVisibleAsync();
        // Its validation library (Zod) tries Function("") once to learn whether it may compile validators, and falls back
        // to interpreting them when refused: a probe, not a failure, and 'unsafe-eval' stays out.
        await AssertNoViolationsAsync(except: "script-src refused eval");
    }

    private async Task OpenAsync(string path)
    {
        await _page.GotoAsync(new Uri(fixture.RootUri, path).ToString());
        await Expect(_page.Locator(".mud-main-content")).ToBeVisibleAsync();
    }

    private async Task AssertNoViolationsAsync(string? except = null)
    {
        var violations = await _page.EvaluateAsync<string[]>("() => window.__violations");
        var refused = violations.Where(v => v != except)
            .Concat(_refusals.Where(r => except is null || !r.Contains("'unsafe-eval'", StringComparison.Ordinal)))
            .ToList();
        Assert.True(refused.Count == 0, "The page broke its Content-Security-Policy:\n" + string.Join("\n", refused));
    }
}
