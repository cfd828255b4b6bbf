using Microsoft.Playwright;
using MnistBlazor.Recognition;

namespace MnistBlazor.Tests.Web.Browser;

/// <summary>One app server and one headless Chromium shared by the browser tests.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private AppServer? server;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public Uri RootUri => Server.RootUri;

    internal AppServer Server => server ?? throw new InvalidOperationException("The fixture has not started.");

    public IPlaywright Playwright => playwright ?? throw new InvalidOperationException("The fixture has not started.");

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The fixture has not started.");

    public async Task InitializeAsync()
    {
        // Answers arrive in well under a second, but the test machine is shared with builds and training.
        Assertions.SetDefaultExpectTimeout(20_000);
        server = new AppServer();
        RequireShippedModel(server, ModelIds.BasicCnn);
        playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        browser = await Chromium.LaunchAsync(playwright);
    }

    /// <summary>A fresh page in its own context, with generous waits for a shared 2-core machine.</summary>
    public async Task<IPage> NewPageAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options ?? Chromium.Desktop);
        context.SetDefaultTimeout(20_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        server?.Dispose();
    }

    /// <summary>Browser tests read real digits, so they need trained models; say so plainly when there are none.</summary>
    internal static void RequireShippedModel(AppServer server, string modelId)
    {
        var recognizer = (IDigitRecognizer)server.Services.GetService(typeof(IDigitRecognizer))!;
        var model = recognizer.Models.Single(m => m.Id == modelId);
        if (!model.IsAvailable)
        {
            throw new InvalidOperationException(
                $"Browser tests need the trained model '{modelId}' in the repository's models/ folder: {model.UnavailableReason}");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
