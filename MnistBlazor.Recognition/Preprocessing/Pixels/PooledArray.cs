using System.Buffers;

namespace MnistBlazor.Recognition.Preprocessing.Pixels;

/// <summary>A pooled scratch array: per-call working buffers would otherwise land on the large object heap.</summary>
internal sealed class PooledArray<T> : IDisposable
{
    private T[]? array;

    public PooledArray(int length, bool clear)
    {
        Length = length;
        array = ArrayPool<T>.Shared.Rent(length);
        if (clear)
        {
            Array.Clear(array, 0, length);
        }
    }

    public int Length { get; }

    public Span<T> Span => (array ?? throw new ObjectDisposedException(nameof(PooledArray<T>))).AsSpan(0, Length);

    public void Dispose()
    {
        if (array is not null)
        {
            ArrayPool<T>.Shared.Return(array);
            array = null;
        }
    }
}
