using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace MnistBlazor.Tests.Web.Browser;

/// <summary>A page watched for trouble: console errors, uncaught script errors, Blazor's error bar and every time the
/// reconnect dialog was asked to show.</summary>
internal sealed class WatchedPage
{
    // Blazor tells the reconnect dialog its state by an event; anything but "hide" means the circuit was in trouble.
    private const string CountReconnects = """
        () => {
            const dialog = document.getElementById("components-reconnect-modal");
            dialog.dataset.troubles = "0";
            dialog.addEventListener("components-reconnect-state-changed", event => {
                if (event.detail.state !== "hide") {
                    dialog.dataset.troubles = String(Number(dialog.dataset.troubles) + 1);
                }
            });
        }
        """;

    private readonly ConcurrentQueue<string> errors = new();

    private WatchedPage(IPage page)
    {
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Enqueue("console: " + message.Text);
            }
        };
        page.PageError += (_, error) => errors.Enqueue("uncaught: " + error);
    }

    public IPage Page { get; }

    /// <summary>Opens <paramref name="uri"/> in a fresh context and waits until it is interactive.</summary>
    public static async Task<WatchedPage> OpenAsync(BrowserFixture fixture, Uri uri, string readySelector)
    {
        var watched = new WatchedPage(await fixture.NewPageAsync());
        await watched.Page.GotoAsync(uri.ToString());
        await watched.Page.Locator(readySelector).WaitForAsync();
        await watched.Page.EvaluateAsync(CountReconnects);
        return watched;
    }

    /// <summary>Everything that went wrong on the page so far, in words; empty when nothing did.</summary>
    public async Task<List<string>> ProblemsAsync()
    {
        var problems = errors.ToList();
        if (await Page.Locator("#blazor-error-ui").IsVisibleAsync())
        {
            problems.Add("Blazor's error bar is showing.");
        }

        var troubles = await Page.Locator("#components-reconnect-modal").GetAttributeAsync("data-troubles");
        if (troubles != "0")
        {
            problems.Add($"The reconnect dialog was asked to show {troubles ?? "? (the page reloaded)"} times.");
        }

        return problems;
    }
}
