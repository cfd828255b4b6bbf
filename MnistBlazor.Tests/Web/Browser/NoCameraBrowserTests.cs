using static Microsoft.Playwright.Assertions;

namespace MnistBlazor.Tests.Web.Browser;

/// <summary>The webcam page in a browser that has no camera at all.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NoCameraBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task MissingCameraIsExplainedAndStartStaysAvailable()
    {
        var page = await fixture.NewPageAsync();
        await using var context = page.Context;
        await page.GotoAsync(new Uri(fixture.RootUri, "webcam").ToString());

        await page.GetByTestId("webcam-start").ClickAsync();

        await Expect(page.GetByTestId("webcam-problem")).ToContainTextAsync("No camera was found.");
        await Expect(page.GetByTestId("webcam-start")).ToBeEnabledAsync();
    }
}
