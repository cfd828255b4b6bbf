namespace MnistBlazor.Training.Robustness.Corruptions;

/// <summary>
/// <c>skimage.transform.warp(image, inverse_map=AffineTransform(...))</c> with its defaults (order 1, mode
/// 'constant', cval 0): each output pixel (column x, row y) reads the input at (A1·x + A2·y + A3, B1·x + B2·y + B3)
/// bilinearly from its four neighbours, a neighbour outside the image counting as 0, as skimage's interpolation does.
/// Hand code because it measurably wins: OpenCvSharp 4.13's WarpAffine (inverse map, linear, constant border) rounds
/// coordinates to 1/32 pixel and differs from skimage on 86 of the rotated 7's pixels (by up to 4 levels); this differs on none.
/// </summary>
internal readonly record struct AffineWarp(double A1, double A2, double A3, double B1, double B2, double B3)
{
    private const double Centre = 13.5;

    /// <summary>The linear part given, with the translation the reference adds so the image centre (13.5, 13.5) stays put.</summary>
    public static AffineWarp AboutCentre(double a1, double a2, double b1, double b2) =>
        new(a1, a2, Centre * (1 - a1 - a2), b1, b2, Centre * (1 - b1 - b2));

    public double[] Apply(double[] image)
    {
        const int side = MnistCorruption.Side;
        var result = new double[image.Length];
        for (var y = 0; y < side; y++)
        {
            for (var x = 0; x < side; x++)
            {
                var column = (A1 * x) + (A2 * y) + A3;
                var row = (B1 * x) + (B2 * y) + B3;
                result[(y * side) + x] = Bilinear(image, row, column);
            }
        }

        return result;
    }

    private static double Bilinear(double[] image, double row, double column)
    {
        var top = (int)Math.Floor(row);
        var left = (int)Math.Floor(column);
        var bottom = (int)Math.Ceiling(row);
        var right = (int)Math.Ceiling(column);
        var dr = row - top;
        var dc = column - left;
        var upper = ((1 - dc) * Pixel(image, top, left)) + (dc * Pixel(image, top, right));
        var lower = ((1 - dc) * Pixel(image, bottom, left)) + (dc * Pixel(image, bottom, right));
        return ((1 - dr) * upper) + (dr * lower);
    }

    private static double Pixel(double[] image, int row, int column) =>
        row is < 0 or >= MnistCorruption.Side || column is < 0 or >= MnistCorruption.Side ? 0 : image[(row * MnistCorruption.Side) + column];
}
