using MnistBlazor.Recognition.Preprocessing.Cleaning;
using MnistBlazor.Recognition.Preprocessing.Framing;
using MnistBlazor.Recognition.Preprocessing.Pixels;

namespace MnistBlazor.Recognition.Preprocessing;

/// <summary>The steps from a grey plane to an MNIST-style digit, in order.</summary>
internal sealed class DigitPipeline(DigitPreprocessorOptions options)
{
    public Preprocessed Run(GrayPlane plane, AlphaTreatment alpha, int factor, int sourceWidth, int sourceHeight, string? format)
    {
        var (polarity, photo) = InkStrength.Extract(plane, alpha, options);
        var levels = InkLevels.Measure(plane.Pixels, photo, options);
        using var labels = new PooledArray<int>(plane.Pixels.Length, clear: false);
        var components = ComponentLabeller.Label(plane.Pixels, plane.Width, plane.Height, levels.Threshold, labels.Span);

        var diagnostics = new PreprocessDiagnostics(
            sourceWidth, sourceHeight, format, polarity, photo, null, null, null, 0, components.Count);
        var reason = DigitParts.Select(components, plane.Width, plane.Height, photo, options, out var kept);
        if (reason != BlankReason.None)
        {
            return Preprocessed.Blank(reason, diagnostics);
        }

        diagnostics = diagnostics with { ComponentsKept = kept.Count, ComponentsDropped = components.Count - kept.Count };
        if (!StrokeShape.HasStroke(labels.Span, plane.Width, kept, options.MinStrokeLengthInWidths))
        {
            return Preprocessed.Blank(BlankReason.OnlyADot, diagnostics);
        }

        reason = DigitInk.Render(plane, labels.Span, components.Count, kept, levels, photo, options, out var extent);
        if (reason != BlankReason.None)
        {
            return Preprocessed.Blank(reason, diagnostics);
        }

        var framed = MnistFraming.Frame(plane, extent, factor, sourceWidth, sourceHeight);

        return Preprocessed.Found(
            new DigitImage(framed.Pixels),
            diagnostics with { SourceInkBounds = framed.SourceBounds, SourceCentreOfMass = framed.SourceCentre, CentreOfMass = framed.Centre });
    }
}
