namespace MnistBlazor.Recognition.Preprocessing.Cleaning;

/// <summary>Where the final ink lies in the working plane: inclusive bounds and the centre of mass (from pixel edges).</summary>
internal readonly record struct InkExtent(int Left, int Top, int Right, int Bottom, float CentreX, float CentreY)
{
    public int Width => Right - Left + 1;

    public int Height => Bottom - Top + 1;
}
