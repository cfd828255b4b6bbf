namespace MnistBlazor.Recognition.Preprocessing.Cleaning;

/// <summary>One 8-connected blob of ink pixels and its extent (inclusive pixel coordinates).</summary>
internal sealed record InkComponent(int Label, int Area, int MinX, int MinY, int MaxX, int MaxY, int PlaneWidth, int PlaneHeight)
{
    public int LongerSide => Math.Max(MaxX - MinX + 1, MaxY - MinY + 1);

    public float CentreX => (MinX + MaxX + 1) / 2f;

    public float CentreY => (MinY + MaxY + 1) / 2f;

    public bool TouchesBorder => MinX == 0 || MinY == 0 || MaxX == PlaneWidth - 1 || MaxY == PlaneHeight - 1;
}
