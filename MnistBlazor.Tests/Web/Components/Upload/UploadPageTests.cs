using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using MnistBlazor.Tests.Web.Components.Fakes;
using MnistBlazor.Web.Components.Pages;
using MnistBlazor.Web.Recognition.Preprocessing;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace MnistBlazor.Tests.Web.Components.Upload;

public sealed class UploadPageTests : MudBlazorTestBase
{
    public UploadPageTests() => RenderPopoverProvider();

    [Fact]
    public void EachFileGetsItsOwnResult()
    {
        var cut = Render<MnistBlazor.Web.Components.Pages.Upload>();

        cut.FindComponent<InputFile>().UploadFiles(Png("one.png"), Png("two.png"));

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=upload-digit]").Count));
        Assert.Equal(["one.png", "two.png"], cut.FindAll("[data-testid=upload-result]").Select(r => r.GetAttribute("data-file")));
        Assert.All(cut.FindAll("[data-testid=upload-digit]"), d => Assert.Equal("7", d.TextContent));
        Assert.All(cut.FindAll(".upload-grid__thumbnail"), t => Assert.StartsWith("data:image/png;base64,", t.GetAttribute("src")));
        Assert.Equal(2, cut.FindAll("[data-testid=seen-digit]").Count);
    }

    [Fact]
    public void BadFileGetsItsOwnErrorAndTheRestGoOn()
    {
        Recognizer.Answer = (_, modelId) => FakeResults.Digit(2, 0.95f, modelId);
        var cut = Render<MnistBlazor.Web.Components.Pages.Upload>();

        cut.FindComponent<InputFile>().UploadFiles(
            InputFileContent.CreateFromText("hello", "notes.txt"), Png("two.png"));

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=upload-digit]")));
        var results = cut.FindAll("[data-testid=upload-result]");
        Assert.Equal("The data is not a PNG, JPEG, BMP, GIF or WebP image.", results[0].QuerySelector("[data-testid=upload-error]")!.TextContent);
        Assert.Equal("2", results[1].QuerySelector("[data-testid=upload-digit]")!.TextContent);
    }

    [Fact]
    public void TooLargeFileIsRefusedWithoutReadingIt()
    {
        var cut = Render<MnistBlazor.Web.Components.Pages.Upload>();

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(new byte[(10 * 1024 * 1024) + 1], "huge.png"));

        cut.WaitForAssertion(() => Assert.Equal("The file is 10 MB; the largest accepted is 10 MB.",
            cut.Find("[data-testid=upload-error]").TextContent));
        Assert.Empty(Recognizer.Calls);
    }

    private static InputFileContent Png(string name)
    {
        using var image = new Image<L8>(40, 40, new L8(255));
        using var png = new MemoryStream();
        image.SaveAsPng(png);
        return InputFileContent.CreateFromBinary(png.ToArray(), name, contentType: "image/png");
    }
}
