using MnistBlazor.Web.Components.Upload;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace MnistBlazor.Tests.Web.Components.Upload;

public sealed class ThumbnailTests
{
    [Fact]
    public void LargePictureShrinksToTheThumbnailSideKeepingItsShape()
    {
        using var photo = new Image<Rgba32>(1200, 800);

        var dataUrl = Thumbnail.From(photo);

        Assert.StartsWith("data:image/png;base64,", dataUrl);
        using var thumbnail = Image.Load(Convert.FromBase64String(dataUrl["data:image/png;base64,".Length..]));
        Assert.Equal((96, 64), (thumbnail.Width, thumbnail.Height));
    }
}
