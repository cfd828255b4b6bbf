using System.Globalization;
using Microsoft.AspNetCore.Components.Forms;
using MnistBlazor.Recognition;
using MnistBlazor.Web.Admission;
using MnistBlazor.Recognition.Preprocessing;

namespace MnistBlazor.Web.Components.Upload;

/// <summary>Reads one uploaded file, decodes it once (the answer and the thumbnail both come from that first frame) and
/// recognizes it; a file that fails anywhere gets its own error and never stops the others. Singleton.</summary>
public sealed class UploadRecognition(
    IDigitRecognizer recognizer, DigitPreprocessor preprocessor, RecognitionAdmission admission, TimeProvider time,
    ILogger<UploadRecognition> logger)
{
    /// <summary>Largest file read from the browser.</summary>
    public const long MaxFileBytes = 10 * 1024 * 1024;

    /// <summary>How often a file waits out a busy server before its row says so.</summary>
    private const int BusyTries = 10;

    public async Task<UploadedImage> RecognizeAsync(IBrowserFile file, string modelId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var upload = new UploadedImage(file.Name, file.Size);
        if (file.Size > MaxFileBytes)
        {
            return upload with { Error = $"The file is {Megabytes(file.Size)}; the largest accepted is {Megabytes(MaxFileBytes)}." };
        }

        try
        {
            var bytes = await ReadAsync(file, cancellationToken);
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    using var turn = await admission.EnterAsync(cancellationToken);
                    return await Task.Run(() => Answer(upload, bytes, modelId), cancellationToken);
                }
                catch (RecognitionBusyException) when (attempt < BusyTries)
                {
                    await Task.Delay(admission.RetryAfter, time, cancellationToken);
                }
            }
        }
        catch (IOException e)
        {
            return upload with { Error = $"The file could not be read from the browser: {e.Message}" };
        }
        catch (RecognitionBusyException e)
        {
            return upload with { Error = e.Message };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Whatever a crafted file sets off, the row says so and the batch goes on; the log keeps the details.
            logger.LogError(e, "Recognizing the uploaded file {File} failed.", file.Name);
            return upload with { Error = $"The file could not be recognized: {e.Message}" };
        }
    }

    private static async Task<byte[]> ReadAsync(IBrowserFile file, CancellationToken cancellationToken)
    {
        await using var stream = file.OpenReadStream(MaxFileBytes, cancellationToken);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    private UploadedImage Answer(UploadedImage upload, byte[] bytes, string modelId)
    {
        try
        {
            using var image = preprocessor.Decode(bytes);
            var result = recognizer.Recognize(image, modelId);
            return upload with { Result = result, Thumbnail = Thumbnail.From(image) };
        }
        catch (ImageRejectedException e)
        {
            return upload with { Error = e.Message };
        }
        catch (ModelUnavailableException e)
        {
            return upload with { Error = e.Message };
        }
        catch (UnknownModelException e)
        {
            return upload with { Error = e.Message };
        }
    }

    private static string Megabytes(long bytes) =>
        (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture) + " MB";
}
