namespace MnistBlazor.Recognition.Preprocessing;

/// <summary>A pixel rectangle in the source image that holds the ink.</summary>
public readonly record struct InkBounds(int X, int Y, int Width, int Height);
