namespace MnistBlazor.Recognition.Preprocessing;

/// <summary>Why no digit was found in an input.</summary>
public enum BlankReason
{
    /// <summary>A digit was found.</summary>
    None,

    /// <summary>Nothing stands out from the background (an empty canvas or blank paper).</summary>
    NoInk,

    /// <summary>The marks are too weak to tell from noise.</summary>
    TooFaint,

    /// <summary>Only specks far smaller than a digit were found.</summary>
    OnlySpecks,

    /// <summary>The only mark is a dot or blob about as long as it is wide (a tap on the pad), not a stroke.</summary>
    OnlyADot,
}
