using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MnistBlazor.Tests.Web.Browser;

/// <summary>Every page at phone and desktop width, saved for people to look at; each must fit the phone's width.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PageScreenshotTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("", "draw")]
    [InlineData("webcam", "webcam")]
    [InlineData("upload", "upload")]
    [InlineData("models", "models")]
    public async Task PageFitsAPhoneScreen(string path, string name)
    {
        var page = await fixture.NewPageAsync(Chromium.Phone);
        await using var context = page.Context;
        await page.GotoAsync(new Uri(fixture.RootUri, path).ToString());
        await Expect(page.Locator(".mud-main-content")).ToBeVisibleAsync();
        if (name == "draw")
        {
            await DrawingHand.DrawAsync(page, DrawingHand.Seven);
            await Expect(page.GetByTestId("prediction-digit")).ToHaveTextAsync("7");
        }

        await Screenshots.SaveAsync(page, name + "-phone");
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

        Assert.True(overflow <= 0, $"The {name} page is {overflow} px wider than a 390 px phone screen.");
    }

    [Fact]
    public async Task ModelsPageShowsACardPerModel()
    {
        var page = await fixture.NewPageAsync();
        await using var context = page.Context;
        await page.GotoAsync(new Uri(fixture.RootUri, "models").ToString());

        await Expect(page.GetByTestId("model-card")).ToHaveCountAsync(5);
        await Expect(page.Locator("[data-testid=model-card][data-model=basic-cnn] [data-testid=confusion-heatmap]")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "models-desktop");
    }
}
