using MnistBlazor.Recognition;

namespace MnistBlazor.Web.Components.Upload;

/// <summary>One uploaded file and what became of it: an answer, or its own error.</summary>
public sealed record UploadedImage(string Name, long SizeBytes)
{
    public bool IsDone => Result is not null || Error is not null;

    public RecognitionResult? Result { get; init; }

    /// <summary>A small preview of the upload as a data URL; null until recognized, or when the file is refused.</summary>
    public string? Thumbnail { get; init; }

    public string? Error { get; init; }
}
