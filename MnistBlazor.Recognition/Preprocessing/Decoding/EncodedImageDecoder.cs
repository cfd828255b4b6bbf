using System.Buffers;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Bmp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Metadata;
using SixLabors.ImageSharp.PixelFormats;

namespace MnistBlazor.Recognition.Preprocessing.Decoding;

/// <summary>
/// Decodes uploads safely: size limits are checked from the header (Identify) before any pixel memory is allocated,
/// cut-off files are refused instead of decoded as partial images, and only the first frame of an animation is kept.
/// </summary>
internal sealed class EncodedImageDecoder
{
    private const string Accepted = "PNG, JPEG, BMP, GIF or WebP";

    private static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> JpegStart => [0xFF, 0xD8, 0xFF];

    private static ReadOnlySpan<byte> BmpStart => "BM"u8;

    private readonly Configuration configuration = CreateConfiguration();

    /// <summary>A plain PNG (see <see cref="PlainPng"/>) that passed the checks every upload gets, ready to read row by
    /// row; null for any other input, which <see cref="Decode"/> then takes.</summary>
    public PlainPng? TryOpenPlainPng(ReadOnlySpan<byte> encoded, DecodeLimits limits)
    {
        if (encoded.IsEmpty || encoded.Length > limits.MaxEncodedBytes || !PlainPngLayout.TryRead(encoded, out var layout))
        {
            return null;
        }

        EnsureWithinLimits(layout.Width, layout.Height, PlainPng.FormatName, limits);
        return PlainPng.Open(encoded, layout);
    }

    public Image<Rgba32> Decode(ReadOnlySpan<byte> encoded, DecodeLimits limits, out string formatName)
    {
        if (encoded.IsEmpty)
        {
            throw new ImageRejectedException(ImageRejectionReason.Empty, "The image is empty: no bytes were received.");
        }

        if (encoded.Length > limits.MaxEncodedBytes)
        {
            throw new ImageRejectedException(
                ImageRejectionReason.TooLarge, $"The file is {encoded.Length} bytes; the limit is {limits.MaxEncodedBytes} bytes.");
        }

        if (AnimatedWebp.IsAnimated(encoded))
        {
            var (width, height) = AnimatedWebp.CanvasSize(encoded);
            EnsureWithinLimits(width, height, "WebP", limits);
            return Decode(AnimatedWebp.ExtractFirstFrame(encoded), limits, out formatName);
        }

        // ImageSharp 2.1 identifies from streams only; a pooled copy keeps the span-based API allocation-light.
        var buffer = ArrayPool<byte>.Shared.Rent(encoded.Length);
        try
        {
            var length = CopyForDecoder(encoded, buffer);
            using var stream = new MemoryStream(buffer, 0, length, writable: false);
            var format = Identify(stream, encoded, limits);
            formatName = format.Name.ToUpperInvariant();
            stream.Position = 0;
            return Load(stream, encoded, formatName);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static int CopyForDecoder(ReadOnlySpan<byte> encoded, Span<byte> buffer)
    {
        if (encoded.StartsWith(PngSignature))
        {
            return PngPixelChunks.Copy(encoded, buffer);
        }

        encoded.CopyTo(buffer);
        return encoded.Length;
    }

    private IImageFormat Identify(MemoryStream stream, ReadOnlySpan<byte> encoded, DecodeLimits limits)
    {
        IImageInfo? info;
        IImageFormat? format;
        try
        {
            info = Image.Identify(configuration, stream, out format);
        }
        catch (Exception e) when (IsDecoderFailure(e))
        {
            EnsureComplete(encoded);
            throw new ImageRejectedException(ImageRejectionReason.Undecodable, $"The image header cannot be read: {e.Message}", e);
        }

        if (info is null || format is null)
        {
            throw UnsupportedFormats.Recognise(encoded) is { } name
                ? new ImageRejectedException(
                    ImageRejectionReason.UnsupportedFormat, $"{name} images are not supported; send a {Accepted} image.")
                : new ImageRejectedException(ImageRejectionReason.Undecodable, $"The data is not a {Accepted} image.");
        }

        EnsureWithinLimits(info.Width, info.Height, format.Name, limits);
        EnsureComplete(encoded);
        if (encoded.StartsWith(PngSignature))
        {
            // Only now: the declared size, within the limits, bounds the inflation this check does.
            PngImageData.EnsureComplete(encoded);
        }

        return format;
    }

    private Image<Rgba32> Load(MemoryStream stream, ReadOnlySpan<byte> encoded, string formatName)
    {
        try
        {
            return Image.Load<Rgba32>(configuration, stream);
        }
        catch (Exception e) when (IsDecoderFailure(e))
        {
            EnsureComplete(encoded);
            throw new ImageRejectedException(ImageRejectionReason.Undecodable, $"The {formatName} image data is corrupt: {e.Message}", e);
        }
    }

    /// <summary>What ImageSharp throws on malformed data: its own format errors, and index and argument errors where
    /// a damaged header makes it read past what is there (a PNG header chunk under 13 bytes, for one).</summary>
    private static bool IsDecoderFailure(Exception e) =>
        e is ImageFormatException or NotSupportedException or EndOfStreamException or IndexOutOfRangeException or ArgumentOutOfRangeException;

    private static void EnsureWithinLimits(int width, int height, string formatName, DecodeLimits limits)
    {
        if (width <= 0 || height <= 0)
        {
            throw new ImageRejectedException(ImageRejectionReason.Undecodable, $"The {formatName} header declares an empty {width}x{height} image.");
        }

        if (width > limits.MaxWidth || height > limits.MaxHeight)
        {
            throw new ImageRejectedException(
                ImageRejectionReason.TooLarge,
                $"The {formatName} image is {width}x{height} pixels; the limit is {limits.MaxWidth}x{limits.MaxHeight}.");
        }
    }

    private static void EnsureComplete(ReadOnlySpan<byte> encoded)
    {
        if (encoded.StartsWith(PngSignature))
        {
            PngIntegrity.EnsureComplete(encoded);
        }
        else if (encoded.StartsWith(JpegStart))
        {
            JpegIntegrity.EnsureComplete(encoded);
        }
        else if (encoded.StartsWith(BmpStart))
        {
            BmpIntegrity.EnsureComplete(encoded);
        }
    }

    private static Configuration CreateConfiguration()
    {
        var configuration = new Configuration(
            new PngConfigurationModule(),
            new JpegConfigurationModule(),
            new BmpConfigurationModule(),
            new GifConfigurationModule(),
            new WebpConfigurationModule());
        configuration.ImageFormatsManager.SetDecoder(GifFormat.Instance, new GifDecoder { DecodingMode = FrameDecodingMode.First });
        // The app reads pixels only; PngPixelChunks says why this is not the only guard against metadata bombs.
        configuration.ImageFormatsManager.SetDecoder(PngFormat.Instance, new PngDecoder { IgnoreMetadata = true });
        return configuration;
    }
}
