using BenchmarkDotNet.Attributes;
using MnistBlazor.Recognition;
using MnistBlazor.Recognition.Preprocessing;
using MnistBlazor.Recognition.Preprocessing.Cleaning;
using MnistBlazor.Recognition.Preprocessing.Decoding;
using MnistBlazor.Recognition.Preprocessing.Framing;
using MnistBlazor.Recognition.Preprocessing.Pixels;
using MnistBlazor.Recognition.Verdicts;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace MnistBlazor.Benchmarks.RecognitionBenchmarks;

/// <summary>The drawing-pad PNG's way through preprocessing, stage by stage, each from the previous stage's output
/// (copied in first where a stage works in place: <see cref="CopyPlaneAndLabels"/> times that copy alone).</summary>
[ShortRunJob]
[MemoryDiagnoser]
[MedianColumn]
public class StageBenchmarks
{
    private readonly DigitPreprocessorOptions options = new();
    private byte[] png = [];
    private EncodedImageDecoder? decoder;
    private Image<Rgba32>? decoded;
    private GrayPlane? read;
    private GrayPlane? strength;
    private GrayPlane? scratch;
    private InkLevels levels;
    private int[] labels = [];
    private int[] labelScratch = [];
    private List<InkComponent> components = [];
    private List<InkComponent> kept = [];
    private GrayPlane? ink;
    private InkExtent extent;
    private float[] digit = [];

    [GlobalSetup]
    public void Setup()
    {
        png = CanvasSketch.SevenPng();
        decoder = new EncodedImageDecoder();
        decoded = decoder.Decode(png, options.UploadLimits, out _);
        read = GrayscaleReader.Read(decoded, options.WorkingMaxSide, out _, out _);
        strength = Copy(read);
        InkStrength.Extract(strength, AlphaTreatment.Opaque, options);
        levels = InkLevels.Measure(strength.Pixels, photo: false, options);
        labels = new int[strength.Pixels.Length];
        components = ComponentLabeller.Label(strength.Pixels, strength.Width, strength.Height, levels.Threshold, labels);
        DigitParts.Select(components, strength.Width, strength.Height, false, options, out kept);
        ink = Copy(strength);
        var inkLabels = (int[])labels.Clone();
        DigitInk.Render(ink, inkLabels, components.Count, kept, levels, false, options, out extent);
        digit = MnistFraming.Frame(ink, extent, 2, CanvasSketch.Side, CanvasSketch.Side).Pixels;
        scratch = new GrayPlane(read.Width, read.Height);
        labelScratch = new int[labels.Length];
    }

    [Benchmark]
    public int DecodePng()
    {
        using var image = decoder!.Decode(png, options.UploadLimits, out _);
        return image.Width;
    }

    [Benchmark]
    public int DecodePlainPngToPlane()
    {
        using var plain = decoder!.TryOpenPlainPng(png, options.UploadLimits) ?? throw new InvalidOperationException("The sketch is not a plain PNG.");
        using var plane = GrayscaleReader.Read(plain, options.WorkingMaxSide, out var factor);
        return factor;
    }

    [Benchmark]
    public int ReadGrayscale()
    {
        using var plane = GrayscaleReader.Read(decoded!, options.WorkingMaxSide, out _, out var factor);
        return factor;
    }

    [Benchmark]
    public int CopyPlaneAndLabels()
    {
        read!.Pixels.CopyTo(scratch!.Pixels);
        labels.CopyTo(labelScratch, 0);
        return scratch.Width;
    }

    [Benchmark]
    public bool ExtractInkStrength()
    {
        read!.Pixels.CopyTo(scratch!.Pixels);
        return InkStrength.Extract(scratch, AlphaTreatment.Opaque, options).PhotoCleanup;
    }

    [Benchmark]
    public float MeasureInkLevels() => InkLevels.Measure(strength!.Pixels, photo: false, options).Threshold;

    [Benchmark]
    public int LabelComponents() =>
        ComponentLabeller.Label(strength!.Pixels, strength.Width, strength.Height, levels.Threshold, labelScratch).Count;

    [Benchmark]
    public bool SelectPartsAndCheckStroke()
    {
        DigitParts.Select(components, strength!.Width, strength.Height, false, options, out var parts);
        return StrokeShape.HasStroke(labels, strength.Width, parts, options.MinStrokeLengthInWidths);
    }

    [Benchmark]
    public BlankReason RenderInk()
    {
        strength!.Pixels.CopyTo(scratch!.Pixels);
        labels.CopyTo(labelScratch, 0);
        return DigitInk.Render(scratch, labelScratch, components.Count, kept, levels, false, options, out _);
    }

    [Benchmark]
    public float FrameMnist() => MnistFraming.Frame(ink!, extent, 2, CanvasSketch.Side, CanvasSketch.Side).Centre.X;

    [Benchmark]
    public float ShapeDistance() => DigitShapes.Shipped.Distance(digit, 7);

    [GlobalCleanup]
    public void Cleanup()
    {
        decoded?.Dispose();
        read?.Dispose();
        strength?.Dispose();
        scratch?.Dispose();
        ink?.Dispose();
    }

    private static GrayPlane Copy(GrayPlane plane)
    {
        var copy = new GrayPlane(plane.Width, plane.Height);
        plane.Pixels.CopyTo(copy.Pixels);
        return copy;
    }
}
