using MnistBlazor.Training.Robustness.Corruptions;

namespace MnistBlazor.Tests.Training.Robustness.Corruptions;

/// <summary>What the tests measure of a 28x28 picture: ink mass, where the ink sits, which pixels changed.</summary>
internal static class PixelMeasures
{
    private const int Side = MnistCorruption.Side;

    /// <summary>Total ink in units of one white pixel.</summary>
    public static double Mass(byte[] pixels) => pixels.Sum(p => p / 255.0);

    public static (double Row, double Column) Centroid(byte[] pixels)
    {
        double mass = 0, rows = 0, columns = 0;
        for (var i = 0; i < pixels.Length; i++)
        {
            mass += pixels[i];
            rows += pixels[i] * (i / Side);
            columns += pixels[i] * (i % Side);
        }

        return (rows / mass, columns / mass);
    }

    public static byte At(byte[] pixels, int row, int column) => pixels[(row * Side) + column];

    public static IEnumerable<int> Indices(byte[] pixels, Func<byte, bool> where) =>
        Enumerable.Range(0, pixels.Length).Where(i => where(pixels[i]));

    public static IEnumerable<int> Columns(IEnumerable<int> indices) => indices.Select(i => i % Side).Distinct().Order();
}
