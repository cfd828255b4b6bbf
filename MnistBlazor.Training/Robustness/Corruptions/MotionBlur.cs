namespace MnistBlazor.Training.Robustness.Corruptions;

/// <summary>
/// <c>motion_blur</c>, severity 1 (radius 10, sigma 3, angle uniform in -45..45 degrees): corruptions.py's motion_blur,
/// which calls ImageMagick's MagickMotionBlurImage through Wand. This is ImageMagick's MotionBlurImage (effect.c) itself:
/// a one-sided kernel of width 2·ceil(radius)+1 = 21 with weights exp(-i²/2σ²) normalised, tap i reading the pixel at
/// (x + ceil(i·cos θ - 0.5), y + ceil(i·sin θ - 0.5)), pixels outside the image repeating the edge (the default virtual
/// pixel method), then quantised as ImageMagick Q16 hands back the 8-bit PNG: rounded to 16 bits, then 16-bit / 257
/// truncated. Checked against ImageMagick 6.9.11 Q16 (`convert -motion-blur 10x3+angle`) on the test 7 at five angles:
/// the same bytes. Only the random stream differs.
/// </summary>
public sealed class MotionBlur() : MnistCorruption("motion_blur", 1)
{
    private const double Radius = 10;
    internal const double Sigma = 3;
    internal const double MaxAngleDegrees = 45;

    protected override double[] Corrupt(double[] digit, Random random) =>
        QuantisedAsImageMagick(Blur(digit, random.Uniform(-MaxAngleDegrees, MaxAngleDegrees)));

    /// <summary>Values in 0..1 as the bytes of ImageMagick's 8-bit PNG (over 0..1): (Quantum)(65535·v + 0.5), then / 257
    /// truncated; 254.6 grey levels come back as 254, not 255.</summary>
    internal static double[] QuantisedAsImageMagick(double[] image) =>
        Array.ConvertAll(image, v => Math.Floor(Math.Floor((Math.Clamp(v, 0, 1) * 65535) + 0.5) / 257) / 255);

    internal static int KernelWidth => (2 * (int)Math.Ceiling(Radius)) + 1;

    internal static double[] Kernel()
    {
        var kernel = new double[KernelWidth];
        for (var i = 0; i < kernel.Length; i++)
        {
            kernel[i] = Math.Exp(-(double)(i * i) / (2.0 * Sigma * Sigma));
        }

        var sum = kernel.Sum();
        return Array.ConvertAll(kernel, k => k / sum);
    }

    internal static double[] Blur(double[] image, double angleDegrees)
    {
        const int side = Side;
        var kernel = Kernel();
        var radians = angleDegrees * Math.PI / 180;
        var (dx, dy) = (Math.Cos(radians), Math.Sin(radians));
        var offsets = new (int X, int Y)[kernel.Length];
        for (var i = 0; i < offsets.Length; i++)
        {
            offsets[i] = ((int)Math.Ceiling((i * dx) - 0.5), (int)Math.Ceiling((i * dy) - 0.5));
        }

        var result = new double[image.Length];
        for (var y = 0; y < side; y++)
        {
            for (var x = 0; x < side; x++)
            {
                var sum = 0.0;
                for (var i = 0; i < kernel.Length; i++)
                {
                    var column = Math.Clamp(x + offsets[i].X, 0, side - 1);
                    var row = Math.Clamp(y + offsets[i].Y, 0, side - 1);
                    sum += kernel[i] * image[(row * side) + column];
                }

                result[(y * side) + x] = sum;
            }
        }

        return result;
    }
}
