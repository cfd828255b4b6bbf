using Microsoft.Playwright;
using SixLabors.ImageSharp;
using static Microsoft.Playwright.Assertions;

namespace MnistBlazor.Tests.Web.Browser;

[Collection(BrowserCollection.Name)]
public sealed class UploadPageBrowserTests(BrowserFixture fixture) : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("mnist-upload-").FullName;
    private IPage page = default!;

    public async Task InitializeAsync()
    {
        page = await fixture.NewPageAsync();
        await page.GotoAsync(new Uri(fixture.RootUri, "upload").ToString());
        // InputFile hooks its input up in the browser once the page is interactive; files chosen earlier go unseen.
        await page.WaitForFunctionAsync("() => document.querySelector('input[type=file]')?._blazorInputFileNextFileId !== undefined");
    }

    public async Task DisposeAsync()
    {
        await page.Context.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task PhotoOfASevenIsReadAndABadFileGetsItsOwnError()
    {
        using var picture = PaperDigits.Seven(480, 640);
        var photo = PaperDigits.SavePng(picture, folder, "seven.png");
        var notes = Path.Combine(folder, "notes.txt");
        await File.WriteAllTextAsync(notes, "not a picture");

        await page.Locator("input[type=file]").SetInputFilesAsync([notes, photo]);

        await Expect(page.Locator("[data-file='seven.png'] [data-testid=upload-digit]")).ToHaveTextAsync("7");
        await Expect(page.Locator("[data-file='notes.txt'] [data-testid=upload-error]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-file='seven.png'] .upload-grid__thumbnail")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "upload-desktop");
    }
}
