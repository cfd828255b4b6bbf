namespace MnistBlazor.Recognition.Preprocessing.Pixels;

/// <summary>A width x height plane of grey levels (0..255 as floats), row-major, backed by a pooled array.</summary>
internal sealed class GrayPlane : IDisposable
{
    private readonly PooledArray<float> pixels;

    public GrayPlane(int width, int height, bool clear = false)
    {
        Width = width;
        Height = height;
        pixels = new PooledArray<float>(width * height, clear);
    }

    public int Width { get; }

    public int Height { get; }

    public Span<float> Pixels => pixels.Span;

    public Span<float> Row(int y) => pixels.Span.Slice(y * Width, Width);

    public void Dispose() => pixels.Dispose();
}
