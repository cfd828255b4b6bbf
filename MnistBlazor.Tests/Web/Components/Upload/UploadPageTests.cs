using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using MnistBlazor.Tests.Web.Components.Fakes;
using MnistBlazor.Web.Components.Pages;
using MnistBlazor.Recognition.Preprocessing;
using MnistBlazor.Tests.Recognition.Preprocessing;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Webp;
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

    [Fact]
    public void AnAnimatedWebpInABatchIsAnsweredAndTheFilesAfterItGoOn()
    {
        var cut = Render<MnistBlazor.Web.Components.Pages.Upload>();

        cut.FindComponent<InputFile>().UploadFiles(
            InputFileContent.CreateFromBinary(AnimatedWebp(), "moving.webp", contentType: "image/webp"), Png("after.png"));

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=upload-digit]").Count));
        Assert.Equal(2, cut.FindAll(".upload-grid__thumbnail").Count);
        Assert.Empty(cut.FindAll("[data-testid=upload-error]"));
    }

    [Fact]
    public void AFileThatBreaksTheRecognizerFailsAloneAndTheRestGoOn()
    {
        var calls = 0;
        Recognizer.Answer = (_, modelId) => Interlocked.Increment(ref calls) == 1
            ? throw new InvalidOperationException("The session was disposed.")
            : FakeResults.Digit(4, 0.9f, modelId);
        var cut = Render<MnistBlazor.Web.Components.Pages.Upload>();

        cut.FindComponent<InputFile>().UploadFiles(Png("first.png"), Png("second.png"));

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=upload-digit]")));
        var results = cut.FindAll("[data-testid=upload-result]");
        Assert.Equal("The file could not be recognized: The session was disposed.",
            results[0].QuerySelector("[data-testid=upload-error]")!.TextContent);
        Assert.Equal("4", results[1].QuerySelector("[data-testid=upload-digit]")!.TextContent);
    }

    private static byte[] AnimatedWebp()
    {
        using var first = new Image<Rgba32>(48, 48, new Rgba32(255, 255, 255));
        using var second = new Image<Rgba32>(48, 48, new Rgba32(0, 0, 0));
        return AnimatedWebpBuilder.FromStills(48, 48, Webp(first), Webp(second));
    }

    private static byte[] Webp(Image image)
    {
        using var webp = new MemoryStream();
        image.SaveAsWebp(webp, new WebpEncoder { FileFormat = WebpFileFormatType.Lossless });
        return webp.ToArray();
    }

    private static InputFileContent Png(string name)
    {
        using var image = new Image<L8>(40, 40, new L8(255));
        using var png = new MemoryStream();
        image.SaveAsPng(png);
        return InputFileContent.CreateFromBinary(png.ToArray(), name, contentType: "image/png");
    }
}
