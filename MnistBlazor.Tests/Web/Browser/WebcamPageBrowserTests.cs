using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MnistBlazor.Tests.Web.Browser;

/// <summary>The webcam page with Chromium's fake camera playing a video of a seven on paper.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WebcamPageBrowserTests(BrowserFixture fixture) : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("mnist-webcam-").FullName;
    private IBrowser browser = default!;
    private IPage page = default!;

    public async Task InitializeAsync()
    {
        using var picture = PaperDigits.Seven(640, 480);
        var video = await PaperDigits.FakeCameraVideoAsync(PaperDigits.SavePng(picture, folder, "seven.png"), folder);
        browser = await Chromium.LaunchWithFakeCameraAsync(fixture.Playwright, video);
        var context = await browser.NewContextAsync(Chromium.Desktop);
        context.SetDefaultTimeout(20_000);
        page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(fixture.RootUri, "webcam").ToString());
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task SevenHeldUpToTheCameraIsRead()
    {
        await page.GetByTestId("webcam-start").ClickAsync();

        await Expect(page.Locator(".webcam__answer [data-testid=prediction-digit]")).ToHaveTextAsync("7");
        await Expect(page.Locator(".webcam__roi")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "webcam-desktop");
    }

    [Fact]
    public async Task LeavingThePageSwitchesTheCameraOff()
    {
        await page.GetByTestId("webcam-start").ClickAsync();
        await Expect(page.Locator(".webcam__answer [data-testid=prediction-digit]")).ToHaveTextAsync("7");
        var stream = await page.EvaluateHandleAsync("() => document.querySelector('video.webcam__video').srcObject");

        await page.Locator(".app-nav__link[href='']").ClickAsync();
        await Expect(page.GetByTestId("drawing-pad")).ToBeVisibleAsync();

        Assert.True(await stream.EvaluateAsync<bool>("s => s.getTracks().every(t => t.readyState === 'ended')"));
    }

    [Fact]
    public async Task StopSwitchesTheCameraOff()
    {
        await page.GetByTestId("webcam-start").ClickAsync();
        await Expect(page.GetByTestId("webcam-stop")).ToBeVisibleAsync();

        await page.GetByTestId("webcam-stop").ClickAsync();

        await Expect(page.GetByTestId("webcam-start")).ToBeEnabledAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('video.webcam__video').srcObject === null"));
    }
}
