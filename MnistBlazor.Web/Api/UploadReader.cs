using Microsoft.AspNetCore.Http.Features;

namespace MnistBlazor.Web.Api;

/// <summary>Reads the image file out of a multipart/form-data request, refusing oversized, empty and malformed bodies
/// with a problem that names the fault.</summary>
internal static class UploadReader
{
    public static async Task<byte[]> ReadImageAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        // Decided from the header before reading, so a client sending far too much hears so straight away.
        if (request.ContentLength > limit)
        {
            throw UploadProblems.TooLarge(limit);
        }

        // A chunked body has no Content-Length yet is not empty: it is judged by its content type below.
        var canHaveBody = request.HttpContext.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody
            ?? request.Headers.TransferEncoding.Count > 0;
        if (request.ContentLength == 0 || (request.ContentLength is null && !canHaveBody))
        {
            throw new ApiProblem(StatusCodes.Status400BadRequest, "Empty request",
                $"The request body is empty; send multipart/form-data with the image file in the field '{PredictEndpoint.ImageField}'.");
        }

        if (!request.HasFormContentType)
        {
            throw UploadProblems.NotMultipart(request.ContentType);
        }

        request.Body = new SizeLimitedStream(request.Body, limit);
        var form = await ReadFormAsync(request, limit, cancellationToken);
        var file = form.Files.GetFile(PredictEndpoint.ImageField);
        if (file is null)
        {
            throw form.ContainsKey(PredictEndpoint.ImageField)
                ? new ApiProblem(StatusCodes.Status400BadRequest, "No image file",
                    $"The field '{PredictEndpoint.ImageField}' holds text, not a file; upload the image as a file part (with a filename).")
                : UploadProblems.NoImageField(form.Keys.Concat(form.Files.Select(f => f.Name)).Distinct());
        }

        var image = new byte[file.Length];
        await using var stream = file.OpenReadStream();
        await stream.ReadExactlyAsync(image, cancellationToken);
        return image;
    }

    private static async Task<IFormCollection> ReadFormAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        try
        {
            return await request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException e)
        {
            throw UploadProblems.MalformedForm(e.Message);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // The server's own body limit, for hosts configured below the API's.
            throw UploadProblems.TooLarge(limit);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status408RequestTimeout)
        {
            // Kestrel's MinRequestBodyDataRate: the client sends too slowly, which is no fault of the form.
            throw UploadProblems.TooSlow();
        }
        catch (BadHttpRequestException e)
        {
            throw UploadProblems.MalformedForm(e.Message);
        }
        catch (IOException e)
        {
            // The multipart reader's word for a body that ends inside a section.
            throw UploadProblems.MalformedForm(e.Message);
        }
    }
}
