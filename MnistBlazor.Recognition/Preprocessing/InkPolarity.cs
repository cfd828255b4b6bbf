namespace MnistBlazor.Recognition.Preprocessing;

/// <summary>How the ink was told apart from the background.</summary>
public enum InkPolarity
{
    /// <summary>Light strokes on a dark background (a drawing pad canvas); used as is.</summary>
    LightInkOnDark,

    /// <summary>Dark ink on light paper (photos, scans); inverted to match MNIST.</summary>
    DarkInkOnLight,

    /// <summary>Strokes of one colour on a transparent canvas; the alpha channel is the ink.</summary>
    AlphaAsInk,
}
