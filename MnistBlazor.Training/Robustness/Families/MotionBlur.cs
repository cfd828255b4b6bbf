using OpenCvSharp;

namespace MnistBlazor.Training.Robustness.Families;

/// <summary>A phone moved while the shutter was open: the photo smeared along a short straight line at a random angle.</summary>
internal static class MotionBlur
{
    public const string Name = "motion-blur";

    // A hand-held shake in indoor light moves the picture by 3-6% of its width: 0.8-1.7 MNIST pixels.
    public const float ShortestSmear = 0.03f;
    public const float LongestSmear = 0.06f;

    public static byte[] Picture(byte[] digit, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        using var photo = PaperPhoto.Plain(digit, random);
        var length = Math.Max(2f, photo.Width * random.Between(ShortestSmear, LongestSmear));
        var angle = random.Angle();
        using var kernel = Smear(length, angle);
        using var sharp = OpenCvPixels.ToMat(photo);
        using var smeared = new Mat();
        // Replicating the border keeps the paper's colour at the frame instead of smearing in black.
        Cv2.Filter2D(sharp, smeared, MatType.CV_8U, kernel, borderType: BorderTypes.Replicate);
        using var blurred = OpenCvPixels.ToRgb24(smeared);
        return PaperPhoto.Png(blurred);
    }

    /// <summary>An anti-aliased line of the smear's length through the kernel's centre, summing to one.</summary>
    private static Mat Smear(float length, float angle)
    {
        var size = ((int)MathF.Ceiling(length) | 1) + 2;
        var centre = size / 2f;
        const int subpixels = 16;
        var dx = MathF.Cos(angle) * length / 2;
        var dy = MathF.Sin(angle) * length / 2;
        using var line = new Mat(size, size, MatType.CV_8UC1, Scalar.All(0));
        Cv2.Line(line, new Point((centre - dx) * subpixels, (centre - dy) * subpixels), new Point((centre + dx) * subpixels, (centre + dy) * subpixels),
            Scalar.All(255), 1, LineTypes.AntiAlias, shift: 4);
        var kernel = new Mat();
        line.ConvertTo(kernel, MatType.CV_32F);
        Cv2.Divide(kernel, Cv2.Sum(kernel), kernel);
        return kernel;
    }
}
