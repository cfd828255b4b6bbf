using System.Text;

namespace MnistBlazor.Recognition.Preprocessing.Decoding;

/// <summary>Names well-known image formats we refuse, so users hear "HEIC is not supported" rather than "not an image".</summary>
internal static class UnsupportedFormats
{
    private static ReadOnlySpan<byte> JpegXlCodestream => [0xFF, 0x0A];

    private static ReadOnlySpan<byte> JpegXlContainer => [0, 0, 0, 0x0C, (byte)'J', (byte)'X', (byte)'L', (byte)' '];

    public static string? Recognise(ReadOnlySpan<byte> data)
    {
        if (data.StartsWith("II*\0"u8) || data.StartsWith("MM\0*"u8))
        {
            return "TIFF";
        }

        if (data.Length >= 12 && data.Slice(4, 4).SequenceEqual("ftyp"u8))
        {
            var brand = Encoding.ASCII.GetString(data.Slice(8, 4));
            return brand.StartsWith("avi", StringComparison.Ordinal) ? "AVIF" : "HEIC/HEIF";
        }

        if (data.StartsWith(JpegXlCodestream) || data.StartsWith(JpegXlContainer))
        {
            return "JPEG XL";
        }

        if (data.StartsWith("%PDF"u8))
        {
            return "PDF";
        }

        if (data.StartsWith("8BPS"u8))
        {
            return "Photoshop PSD";
        }

        var head = Encoding.ASCII.GetString(data[..Math.Min(data.Length, 256)]).TrimStart();
        return head.StartsWith("<svg", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase)
            ? "SVG"
            : null;
    }
}
