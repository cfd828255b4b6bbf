namespace MnistBlazor.Recognition.Preprocessing;

/// <summary>The largest picture one kind of input may bring, checked from the file's header before anything is decoded:
/// uploads get the configured limits, a canvas of the app's own pages exactly what that canvas can hold.</summary>
public sealed record DecodeLimits(int MaxWidth, int MaxHeight, int MaxEncodedBytes)
{
    private const int PngFraming = 8 + 25 + 12;         // signature, IHDR, IEND
    private const int IdatChunkEvery = 8 * 1024;        // browsers split the data into chunks of 8 KB or more
    private const int StoredBlockBytes = 65_535;        // deflate's largest uncompressed block
    private const int Slack = 1024;                     // an sRGB or gAMA chunk an encoder may add

    /// <summary>Limits for a square canvas the app's own script draws and encodes (the pad's ink, a webcam frame): its
    /// side, and the bytes of its RGBA pixels stored without any compression, which no browser's PNG or JPEG exceeds.</summary>
    public static DecodeLimits ForCanvas(int side)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(side, 1);
        var raw = side * (1 + (4 * side));              // each row: a filter byte, four bytes a pixel
        var deflate = 2 + raw + (5 * ((raw / StoredBlockBytes) + 1)) + 4;
        return new DecodeLimits(side, side, PngFraming + deflate + (12 * ((deflate / IdatChunkEvery) + 1)) + Slack);
    }

    /// <summary>Throws an <see cref="ArgumentOutOfRangeException"/> naming the first limit that cannot work.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxWidth, 1, nameof(MaxWidth));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxHeight, 1, nameof(MaxHeight));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxEncodedBytes, 1, nameof(MaxEncodedBytes));
    }
}
