using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Processing;

namespace MnistBlazor.Web.Components.Upload;

/// <summary>Small previews of uploads, made on the server: the page only ever gets a few KB back per image.</summary>
public static class Thumbnail
{
    public const int Side = 96;

    /// <summary>A PNG data URL at most <see cref="Side"/> pixels on its longer side, made from the picture the recognizer
    /// decoded (its first frame, within its limits), never from a second decode of the file.</summary>
    public static string From(Image decoded)
    {
        ArgumentNullException.ThrowIfNull(decoded);
        using var image = decoded.Clone(x => x.Resize(new ResizeOptions { Size = new Size(Side, Side), Mode = ResizeMode.Max }));
        using var png = new MemoryStream();
        image.SaveAsPng(png);
        return "data:image/png;base64," + Convert.ToBase64String(png.ToArray());
    }
}
