using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Processing;

namespace MnistBlazor.Web.Components.Upload;

/// <summary>Small previews of uploads, made on the server: the page only ever gets a few KB back per image.</summary>
public static class Thumbnail
{
    public const int Side = 96;

    /// <summary>A PNG data URL at most <see cref="Side"/> pixels on its longer side. Call only for images the recognizer
    /// has accepted, so that the format and size limits have already been checked.</summary>
    public static string FromAcceptedImage(byte[] encoded)
    {
        using var image = Image.Load(encoded);
        image.Mutate(x => x.Resize(new ResizeOptions { Size = new Size(Side, Side), Mode = ResizeMode.Max }));
        using var png = new MemoryStream();
        image.SaveAsPng(png);
        return "data:image/png;base64," + Convert.ToBase64String(png.ToArray());
    }
}
