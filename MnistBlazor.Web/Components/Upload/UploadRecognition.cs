using System.Globalization;
using Microsoft.AspNetCore.Components.Forms;
using MnistBlazor.Web.Components.Prediction;
using MnistBlazor.Web.Recognition;

namespace MnistBlazor.Web.Components.Upload;

/// <summary>Reads one uploaded file and recognizes it; a bad file gets its own error and never stops the others.</summary>
public static class UploadRecognition
{
    /// <summary>Largest file read from the browser.</summary>
    public const long MaxFileBytes = 10 * 1024 * 1024;

    public static async Task<UploadedImage> RecognizeAsync(IBrowserFile file, IDigitRecognizer recognizer, string modelId,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var upload = new UploadedImage(file.Name, file.Size);
        if (file.Size > MaxFileBytes)
        {
            return upload with { Error = $"The file is {Megabytes(file.Size)}; the largest accepted is {Megabytes(MaxFileBytes)}." };
        }

        byte[] bytes;
        try
        {
            await using var stream = file.OpenReadStream(MaxFileBytes, cancellationToken);
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken);
            bytes = buffer.ToArray();
        }
        catch (IOException e)
        {
            return upload with { Error = $"The file could not be read from the browser: {e.Message}" };
        }

        var outcome = await RecognitionOutcome.RecognizeAsync(recognizer, bytes, modelId, compare: false);
        if (outcome.Result is null)
        {
            return upload with { Error = outcome.Error };
        }

        return upload with { Result = outcome.Result, Thumbnail = await Task.Run(() => Thumbnail.FromAcceptedImage(bytes), cancellationToken) };
    }

    private static string Megabytes(long bytes) =>
        (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture) + " MB";
}
