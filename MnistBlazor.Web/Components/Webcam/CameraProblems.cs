namespace MnistBlazor.Web.Components.Webcam;

/// <summary>Sentences for the ways a camera can fail to start, from the browser's getUserMedia error names.</summary>
public static class CameraProblems
{
    public const string Lost = "The camera stopped sending video: it was unplugged, switched off or taken by another app.";

    public static string Describe(string errorName, string? detail) => errorName switch
    {
        "NotAllowedError" or "SecurityError" or "PermissionDeniedError" =>
            "Camera permission was denied. Allow camera access for this site (the camera icon in the address bar), then press Start again.",
        "NotFoundError" or "DevicesNotFoundError" or "OverconstrainedError" =>
            "No camera was found. Connect a camera, or draw or upload a digit instead.",
        "NotReadableError" or "TrackStartError" or "AbortError" =>
            "The camera could not be opened: another application may be using it.",
        "Unsupported" =>
            "This browser does not offer camera access here; cameras need a secure (HTTPS) page or localhost.",
        _ => $"The camera could not be started ({errorName}{(string.IsNullOrEmpty(detail) ? "" : ": " + detail)}).",
    };
}
