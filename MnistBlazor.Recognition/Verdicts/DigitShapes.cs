using System.Buffers.Binary;
using MnistBlazor.Recognition.Preprocessing;

namespace MnistBlazor.Recognition.Verdicts;

/// <summary>
/// What each digit looks like in MNIST: per digit, the mean image and the main ways its training images vary (principal
/// components). <see cref="Distance"/> says how far an image lies from that digit's family of shapes, relative to a
/// typical training image of it: a letter the network calls "7" is usually far from every 7 it was trained on.
/// Fitted from the MNIST training set by the calibration tool (MnistBlazor.Tests/Recognition/Calibration) and
/// shipped inside this assembly as DigitShapes.bin.
/// </summary>
public sealed class DigitShapes
{
    public const string ResourceName = "MnistBlazor.Recognition.Verdicts.DigitShapes.bin";
    private const int Magic = 0x50485344; // "DSHP"
    private const int Classes = 10;

    private readonly float[][] means;
    private readonly float[][] components;
    private readonly float[] typicalResidual;

    public DigitShapes(float[][] means, float[][] components, float[] typicalResidual)
    {
        if (means.Length != Classes || components.Length != Classes || typicalResidual.Length != Classes)
        {
            throw new ArgumentException($"Digit shapes need {Classes} classes.");
        }

        this.means = means;
        this.components = components;
        this.typicalResidual = typicalResidual;
    }

    /// <summary>The shapes shipped in this assembly.</summary>
    public static DigitShapes Shipped { get; } = LoadShipped();

    public int ComponentCount => components[0].Length / DigitImage.PixelCount;

    /// <summary>The squared distance of the image from the digit's shape subspace, divided by the median such distance
    /// of the digit's training images: about 1 for a typical written digit, several times that for other marks.</summary>
    public float Distance(ReadOnlySpan<float> pixels, int digit)
    {
        Span<float> centred = stackalloc float[DigitImage.PixelCount];
        var mean = means[digit];
        var residual = 0f;
        for (var p = 0; p < centred.Length; p++)
        {
            centred[p] = pixels[p] - mean[p];
            residual += centred[p] * centred[p];
        }

        var basis = components[digit];
        for (var start = 0; start < basis.Length; start += DigitImage.PixelCount)
        {
            var along = 0f;
            var component = basis.AsSpan(start, DigitImage.PixelCount);
            for (var p = 0; p < component.Length; p++)
            {
                along += component[p] * centred[p];
            }

            residual -= along * along;
        }

        return MathF.Max(residual, 0f) / typicalResidual[digit];
    }

    /// <summary>Little-endian: magic, component count, then per digit its typical residual, mean and components, as halves.</summary>
    public void Write(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(ComponentCount);
        for (var digit = 0; digit < Classes; digit++)
        {
            writer.Write(typicalResidual[digit]);
            foreach (var value in means[digit].Concat(components[digit]))
            {
                writer.Write((Half)value);
            }
        }
    }

    public static DigitShapes Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (reader.ReadInt32() != Magic)
        {
            throw new InvalidDataException("Not a digit shapes file.");
        }

        var count = reader.ReadInt32();
        var means = new float[Classes][];
        var components = new float[Classes][];
        var typical = new float[Classes];
        for (var digit = 0; digit < Classes; digit++)
        {
            typical[digit] = reader.ReadSingle();
            means[digit] = ReadHalves(reader, DigitImage.PixelCount);
            components[digit] = ReadHalves(reader, count * DigitImage.PixelCount);
        }

        return new DigitShapes(means, components, typical);
    }

    private static float[] ReadHalves(BinaryReader reader, int count)
    {
        var bytes = reader.ReadBytes(count * 2);
        if (bytes.Length != count * 2)
        {
            throw new InvalidDataException("The digit shapes file is truncated.");
        }

        var values = new float[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = (float)BinaryPrimitives.ReadHalfLittleEndian(bytes.AsSpan(i * 2));
        }

        return values;
    }

    private static DigitShapes LoadShipped()
    {
        using var stream = typeof(DigitShapes).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The assembly lacks its {ResourceName} resource.");
        return Read(stream);
    }
}
