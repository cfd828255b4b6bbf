using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MnistBlazor.Tests.Web.Browser;

/// <summary>The draw page in headless Chromium with the real recognizer and the shipped models.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DrawPageBrowserTests(BrowserFixture fixture) : IAsyncLifetime
{
    private IPage page = default!;

    public async Task InitializeAsync()
    {
        page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.RootUri.ToString());
    }

    public Task DisposeAsync() => page.Context.DisposeAsync().AsTask();

    [Fact]
    public async Task DrawnOneIsReadAsOne()
    {
        await DrawingHand.DrawAsync(page, DrawingHand.One);

        await Expect(page.GetByTestId("prediction-digit")).ToHaveTextAsync("1");
    }

    [Fact]
    public async Task DrawnSevenIsReadAsSevenWithConfidence()
    {
        await DrawingHand.DrawAsync(page, DrawingHand.Seven);

        await Expect(page.GetByTestId("prediction-digit")).ToHaveTextAsync("7");
        var confidence = double.Parse(await page.GetByTestId("confidence-bar").GetAttributeAsync("data-confidence") ?? "0",
            System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(confidence, 0.5, 1.0);
        await Expect(page.GetByTestId("seen-digit")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "draw-desktop");
    }

    [Fact]
    public async Task DrawnZeroIsReadAsZero()
    {
        await DrawingHand.DrawAsync(page, DrawingHand.Zero);

        await Expect(page.GetByTestId("prediction-digit")).ToHaveTextAsync("0");
    }

    [Fact]
    public async Task SmallOffCentreSevenIsStillASeven()
    {
        await DrawingHand.DrawAsync(page, DrawingHand.SmallOffCentreSeven);

        await Expect(page.GetByTestId("prediction-digit")).ToHaveTextAsync("7");
    }

    [Fact]
    public async Task InkIsSentFarBelowTheSignalRMessageLimit()
    {
        await DrawingHand.DrawAsync(page, DrawingHand.Zero);
        await Expect(page.GetByTestId("prediction-digit")).ToHaveTextAsync("0");

        var inkBytes = int.Parse(await DrawingHand.Pad(page).GetAttributeAsync("data-ink-bytes") ?? "0",
            System.Globalization.CultureInfo.InvariantCulture);

        Assert.InRange(inkBytes, 100, 16 * 1024);
    }

    [Fact]
    public async Task SwitchingModelsAsksTheChosenModel()
    {
        await DrawingHand.DrawAsync(page, DrawingHand.Seven);
        await Expect(page.GetByTestId("prediction-digit")).ToHaveTextAsync("7");

        await page.GetByTestId("model-select").ClickAsync();
        await page.Locator(".mud-popover-open [data-model=basic-cnn]").ClickAsync();

        await Expect(page.GetByTestId("model-select")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^Basic CNN"));
        await Expect(page.GetByTestId("prediction-digit")).ToHaveTextAsync("7");
    }

    [Fact]
    public async Task CompareModelsListsEveryAvailableModel()
    {
        await DrawingHand.DrawAsync(page, DrawingHand.Seven);
        await Expect(page.GetByTestId("prediction-digit")).ToHaveTextAsync("7");

        await page.GetByTestId("compare-switch").Locator("input").CheckAsync();

        await Expect(page.Locator("[data-testid=model-comparison] tr[data-model=basic-cnn] .model-comparison__answer")).ToHaveTextAsync("7");
    }

    [Fact]
    public async Task ClearEmptiesThePadAndThePrediction()
    {
        await DrawingHand.DrawAsync(page, DrawingHand.Seven);
        await Expect(page.GetByTestId("prediction-digit")).ToHaveTextAsync("7");

        await page.GetByTestId("clear-button").ClickAsync();

        await Expect(page.GetByTestId("prediction-digit")).ToHaveTextAsync("");
        await Expect(page.GetByTestId("seen-digit")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task EscapeClearsAndCtrlZUndoes()
    {
        await DrawingHand.DrawAsync(page, DrawingHand.One);
        await Expect(page.GetByTestId("prediction-digit")).ToHaveTextAsync("1");

        await page.Keyboard.PressAsync("Control+z");
        await Expect(page.GetByTestId("prediction-digit")).ToHaveTextAsync("");
        await DrawingHand.DrawAsync(page, DrawingHand.Seven);
        await Expect(page.GetByTestId("prediction-digit")).ToHaveTextAsync("7");
        await page.Keyboard.PressAsync("Escape");

        await Expect(page.GetByTestId("prediction-digit")).ToHaveTextAsync("");
    }
}
