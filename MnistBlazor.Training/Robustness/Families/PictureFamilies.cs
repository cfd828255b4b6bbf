namespace MnistBlazor.Training.Robustness.Families;

/// <summary>The conditions people's pictures have and MNIST-C lacks, one family each, by names that stay the same
/// between runs so reports can be compared. Each is a photo-like picture, dark ink on light paper as people photograph
/// it (MNIST inverted), 140-280 px on its longer side (square but for touching-frame's crop).</summary>
public static class PictureFamilies
{
    public static IReadOnlyList<RobustnessCondition> All { get; } =
    [
        new(LowResolution.Name, LowResolution.Picture),
        new(ThickStrokes.Name, ThickStrokes.Picture),
        new(ThinStrokes.Name, ThinStrokes.Picture),
        new(Pencil.Name, Pencil.Picture),
        new(BlueInk.Name, BlueInk.Picture),
        new(RedInk.Name, RedInk.Picture),
        new(LinedPaper.Name, LinedPaper.Picture),
        new(SquaredPaper.Name, SquaredPaper.Picture),
        new(SoftShadow.Name, SoftShadow.Picture),
        new(HardShadow.Name, HardShadow.Picture),
        new(Vignetting.Name, Vignetting.Picture),
        new(TiltedPage.Name, TiltedPage.Picture),
        new(MotionBlur.Name, MotionBlur.Picture),
        new(JpegQuality.Name, JpegQuality.Picture),
        new(TouchingFrame.Name, TouchingFrame.Picture),
    ];
}
