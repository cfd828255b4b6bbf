namespace MnistBlazor.Web.Components.Webcam;

/// <summary>What the webcam module reports after trying to open a camera.</summary>
/// <param name="Error">The browser's error name (NotAllowedError, NotFoundError, ...); null when the camera runs.</param>
public sealed record CameraStart(string? Error, string? Message, IReadOnlyList<Camera> Cameras, string? DeviceId);

/// <summary>One video input the browser offers.</summary>
public sealed record Camera(string DeviceId, string Label);
