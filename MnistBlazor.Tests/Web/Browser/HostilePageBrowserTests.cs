using Microsoft.Playwright;
using MnistBlazor.Benchmarks.AbuseBenchmarks;
using static Microsoft.Playwright.Assertions;

namespace MnistBlazor.Tests.Web.Browser;

/// <summary>A page that calls the server directly, as an attacker's script can: it catches the drawing pad's .NET
/// reference as Blazor hands it over (<see cref="PageReferences.Catch"/>) and skips the pad's own script.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HostilePageBrowserTests(BrowserFixture fixture) : IAsyncLifetime
{
    private IPage page = default!;

    public async Task InitializeAsync()
    {
        page = await fixture.NewPageAsync();
        await page.AddInitScriptAsync(PageReferences.Catch);
        await page.GotoAsync(fixture.RootUri.ToString());
        await page.WaitForSelectorAsync("[data-testid=drawing-pad][data-ready=true]");
    }

    public Task DisposeAsync() => page.Context.DisposeAsync().AsTask();

    [Fact]
    public async Task AStreamLargerThanThePadCanExportIsRefusedUnreadAndThePageGoesOn()
    {
        var refusal = await page.EvaluateAsync<string>("""
            async () => {
                const reasons = [];
                for (const reference of window.__references) {
                    try {
                        await reference.invokeMethodAsync("OnInkStreamed", DotNet.createJSStreamReference(new Uint8Array(512 * 1024)));
                        return "accepted";
                    } catch (error) {
                        reasons.push(String(error));
                    }
                }
                return reasons.join(" | ");
            }
            """);

        // Without detailed errors the page hears only that the call failed; the server did not read the stream.
        Assert.Contains("There was an exception invoking 'OnInkStreamed'", refusal);
        Assert.DoesNotContain("accepted", refusal);
        await DrawingHand.DrawAsync(page, DrawingHand.One);
        await Expect(page.GetByTestId("prediction-digit")).ToHaveTextAsync("1");
    }
}
