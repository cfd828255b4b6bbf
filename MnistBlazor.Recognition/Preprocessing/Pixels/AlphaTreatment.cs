namespace MnistBlazor.Recognition.Preprocessing.Pixels;

/// <summary>How an image's alpha channel was turned into grey levels.</summary>
internal enum AlphaTreatment
{
    /// <summary>Fully opaque: luminance only.</summary>
    Opaque,

    /// <summary>One-colour strokes on transparency: the alpha itself is the ink (light on dark).</summary>
    AlphaAsInk,

    /// <summary>Varied colours with transparency: composited onto a background that contrasts with them.</summary>
    Composited,
}
