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
        using var encoded = new MemoryStream();
        photo.SaveAsJpeg(encoded);

        var dataUrl = Thumbnail.FromAcceptedImage(encoded.ToArray());

        Assert.StartsWith("data:image/png;base64,", dataUrl);
        using var thumbnail = Image.Load(Convert.FromBase64String(dataUrl["data:image/png;base64,".Length..]));
        Assert.Equal((96, 64), (thumbnail.Width, thumbnail.Height));
    }
}
