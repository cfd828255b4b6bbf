using System.Globalization;
using MnistBlazor.Recognition;
using MnistBlazor.Web.Admission;
using MnistBlazor.Recognition.Preprocessing;

namespace MnistBlazor.Web.Api;

/// <summary>The faults POST /api/predict names, with their status codes.</summary>
internal static class UploadProblems
{
    public static ApiProblem TooLarge(long limit) => new(
        StatusCodes.Status413PayloadTooLarge, "Upload too large",
        $"The request body is over the {Megabytes(limit)} limit; send a smaller image.");

    public static ApiProblem TooSlow() => new(
        StatusCodes.Status408RequestTimeout, "Request body too slow",
        "The request body arrived more slowly than the server's minimum data rate; send it again on a faster connection.");

    public static ApiProblem NotMultipart(string? contentType) => new(
        StatusCodes.Status415UnsupportedMediaType, "Not a multipart form",
        $"Send multipart/form-data with the image file in the field 'image' (the request's Content-Type is {contentType ?? "missing"}).");

    public static ApiProblem MalformedForm(string reason) => new(
        StatusCodes.Status400BadRequest, "Malformed multipart form", $"The multipart/form-data body could not be read: {reason}");

    public static ApiProblem NoImageField(IEnumerable<string> fields)
    {
        var present = fields.ToList();
        return new(StatusCodes.Status400BadRequest, "No image field",
            "The form has no file in the field 'image'"
            + (present.Count == 0 ? "; it is empty." : $"; it has {string.Join(", ", present.Select(f => $"'{f}'"))}."));
    }

    public static ApiProblem UnknownInclude(string value) => new(
        StatusCodes.Status400BadRequest, "Unknown include",
        $"include='{value}' is not known; the only value is '{PredictEndpoint.IncludePreprocessed}'.");

    public static ApiProblem Rejected(ImageRejectedException e) => e.Reason switch
    {
        ImageRejectionReason.Empty => new(StatusCodes.Status400BadRequest, "Empty image", e.Message),
        ImageRejectionReason.Undecodable => new(StatusCodes.Status400BadRequest, "Undecodable image", e.Message),
        ImageRejectionReason.Truncated => new(StatusCodes.Status400BadRequest, "Truncated image", e.Message),
        ImageRejectionReason.UnsupportedFormat => new(StatusCodes.Status415UnsupportedMediaType, "Unsupported image format",
            $"{e.Message} Accepted: PNG, JPEG, BMP, GIF, WebP."),
        ImageRejectionReason.TooLarge => new(StatusCodes.Status413PayloadTooLarge, "Image too large", e.Message),
        _ => throw new ArgumentOutOfRangeException(nameof(e), e.Reason, "Not a rejection reason."),
    };

    public static ApiProblem UnknownModel(UnknownModelException e) => new(
        StatusCodes.Status404NotFound, "Unknown model", $"{e.Message} Use 'all' for every model.",
        new Dictionary<string, object?> { ["models"] = ModelIds.All.Append(PredictEndpoint.AllModels).ToArray() });

    public static ApiProblem Unavailable(ModelUnavailableException e) => new(
        StatusCodes.Status503ServiceUnavailable, "Model unavailable", e.Message,
        new Dictionary<string, object?> { ["model"] = e.ModelId });

    public static ApiProblem Busy(RecognitionBusyException e) => new(
        StatusCodes.Status503ServiceUnavailable, "Server busy", e.Message,
        new Dictionary<string, object?> { ["retryAfterSeconds"] = Math.Ceiling(e.RetryAfter.TotalSeconds) });

    /// <summary>A wait as Retry-After gives it: whole seconds, rounded up, at least 1.</summary>
    public static string Seconds(TimeSpan wait) =>
        Math.Max(1, Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    private static string Megabytes(long bytes) => bytes % (1024 * 1024) == 0
        ? $"{bytes / (1024 * 1024)} MB"
        : string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes");
}
