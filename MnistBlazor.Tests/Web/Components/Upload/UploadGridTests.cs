using Bunit;
using MnistBlazor.Tests.Web.Components.Fakes;
using MnistBlazor.Web.Components.Upload;

namespace MnistBlazor.Tests.Web.Components.Upload;

public sealed class UploadGridTests : MudBlazorTestBase
{
    [Fact]
    public void FileStillBeingReadShowsProgress()
    {
        var cut = Render<UploadGrid>(ps => ps.Add(p => p.Uploads, [new UploadedImage("a.png", 10)]));

        Assert.Single(cut.FindAll(".mud-progress-circular"));
        Assert.Empty(cut.FindAll("[data-testid=upload-digit]"));
    }

    [Fact]
    public void RecognizedFileShowsThumbnailModelInputDigitAndConfidence()
    {
        var upload = new UploadedImage("seven.jpg", 2048) { Result = FakeResults.Digit(7, 0.91f), Thumbnail = "data:image/png;base64,AAAA" };

        var cut = Render<UploadGrid>(ps => ps.Add(p => p.Uploads, [upload]));

        Assert.Equal("data:image/png;base64,AAAA", cut.Find(".upload-grid__thumbnail").GetAttribute("src"));
        Assert.Single(cut.FindAll("[data-testid=seen-digit]"));
        Assert.Equal("7", cut.Find("[data-testid=upload-digit]").TextContent);
        Assert.Equal("0.910", cut.Find("[data-testid=confidence-bar]").GetAttribute("data-confidence"));
    }

    [Fact]
    public void RefusedFileShowsOnlyItsError()
    {
        var upload = new UploadedImage("scan.tiff", 2048) { Error = "TIFF images are not accepted." };

        var cut = Render<UploadGrid>(ps => ps.Add(p => p.Uploads, [upload]));

        Assert.Equal("TIFF images are not accepted.", cut.Find("[data-testid=upload-error]").TextContent);
        Assert.Empty(cut.FindAll("img"));
    }
}
