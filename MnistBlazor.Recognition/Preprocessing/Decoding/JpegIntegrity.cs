namespace MnistBlazor.Recognition.Preprocessing.Decoding;

/// <summary>Detects a cut-off JPEG, which the decoder would otherwise fill with grey or black rows: one that stops
/// before its end, or whose scans hold fewer bits than its header's blocks need.</summary>
internal static class JpegIntegrity
{
    private static ReadOnlySpan<byte> StartOfScan => [0xFF, 0xDA];

    private static ReadOnlySpan<byte> EndOfImage => [0xFF, 0xD9];

    public static void EnsureComplete(ReadOnlySpan<byte> jpeg)
    {
        // Entropy-coded data never contains these markers unescaped, so the last scan must be followed by EOI.
        var lastScan = jpeg.LastIndexOf(StartOfScan);
        if (lastScan >= 0 && jpeg.LastIndexOf(EndOfImage) < lastScan)
        {
            throw new ImageRejectedException(
                ImageRejectionReason.Truncated, "The JPEG is truncated: its image data stops before the end-of-image marker.");
        }

        JpegScanLength.EnsureEachScanCanHoldItsBlocks(jpeg);
    }
}
