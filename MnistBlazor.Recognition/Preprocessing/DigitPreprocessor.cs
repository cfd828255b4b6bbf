using Microsoft.Extensions.Options;
using MnistBlazor.Recognition.Preprocessing.Decoding;
using MnistBlazor.Recognition.Preprocessing.Pixels;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace MnistBlazor.Recognition.Preprocessing;

/// <summary>
/// The one preprocessing pipeline every input goes through (drawing pad, webcam, uploads, REST API, CLI): it turns
/// any image of a handwritten digit into what MNIST models expect: 28x28, white ink on black, 0..1, the digit scaled
/// to a 20 px box and centred by its centre of mass. Thread-safe; holds no per-call state.
/// </summary>
public sealed class DigitPreprocessor
{
    private readonly DigitPreprocessorOptions options;
    private readonly EncodedImageDecoder decoder;
    private readonly DigitPipeline pipeline;

    public DigitPreprocessor()
        : this(Options.Create(new DigitPreprocessorOptions()))
    {
    }

    public DigitPreprocessor(IOptions<DigitPreprocessorOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.Value;
        this.options.Validate();
        decoder = new EncodedImageDecoder();
        pipeline = new DigitPipeline(this.options);
    }

    /// <summary>Decodes an encoded PNG, JPEG, BMP, GIF or WebP (first frame only) and preprocesses it.</summary>
    /// <param name="limits">The limits of the input's source; null: those of an upload.</param>
    /// <exception cref="ImageRejectedException">The bytes are empty, cut off, undecodable, an unsupported format or too large.</exception>
    public Preprocessed Process(ReadOnlySpan<byte> encoded, DecodeLimits? limits = null)
    {
        limits ??= options.UploadLimits;
        using (var png = decoder.TryOpenPlainPng(encoded, limits))
        {
            if (png is not null && GrayscaleReader.Read(png, options.WorkingMaxSide, out var factor) is { } plane)
            {
                using (plane)
                {
                    return pipeline.Run(plane, AlphaTreatment.Opaque, factor, png.Width, png.Height, PlainPng.FormatName);
                }
            }
        }

        using var image = decoder.Decode(encoded, limits, out var format);
        return Process(image, format);
    }

    /// <summary>Decodes an encoded PNG, JPEG, BMP, GIF or WebP as <see cref="Process(ReadOnlySpan{byte})"/> does: its first
    /// frame only, within the same limits; for callers that need the picture as well as the digit.</summary>
    /// <exception cref="ImageRejectedException">The bytes are empty, cut off, undecodable, an unsupported format or too large.</exception>
    public Image<Rgba32> Decode(ReadOnlySpan<byte> encoded, DecodeLimits? limits = null) =>
        decoder.Decode(encoded, limits ?? options.UploadLimits, out _);

    /// <summary>Preprocesses an already decoded image (its first frame), such as an <see cref="Image{L8}"/>.</summary>
    public Preprocessed Process(Image image)
    {
        ArgumentNullException.ThrowIfNull(image);
        return Process(image, format: null);
    }

    private Preprocessed Process(Image image, string? format)
    {
        GrayPlane plane;
        int factor;
        var alpha = AlphaTreatment.Opaque;
        switch (image)
        {
            case Image<L8> gray:
                plane = GrayscaleReader.Read(gray, options.WorkingMaxSide, out factor);
                break;
            case Image<Rgba32> colour:
                plane = GrayscaleReader.Read(colour, options.WorkingMaxSide, out alpha, out factor);
                break;
            default:
                using (var converted = image.CloneAs<Rgba32>())
                {
                    return Process(converted, format);
                }
        }

        using (plane)
        {
            return pipeline.Run(plane, alpha, factor, image.Width, image.Height, format);
        }
    }
}
