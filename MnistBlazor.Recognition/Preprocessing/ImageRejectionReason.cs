namespace MnistBlazor.Recognition.Preprocessing;

/// <summary>Why an encoded image was refused before any preprocessing.</summary>
public enum ImageRejectionReason
{
    /// <summary>No bytes were sent (maps to 400).</summary>
    Empty,

    /// <summary>The bytes are not an image any supported decoder can read (maps to 400).</summary>
    Undecodable,

    /// <summary>The image's data stops before its end (a cut-off upload; maps to 400).</summary>
    Truncated,

    /// <summary>A recognised image format that is not accepted, such as TIFF or HEIC (maps to 415).</summary>
    UnsupportedFormat,

    /// <summary>The file or its declared dimensions exceed the configured limits (maps to 413).</summary>
    TooLarge,
}
