using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using MnistBlazor.Recognition;
using MnistBlazor.Web.Admission;
using MnistBlazor.Recognition.Preprocessing;

namespace MnistBlazor.Web.Api;

/// <summary>POST /api/predict: an uploaded image in, the recognizer's answer out.</summary>
internal static class PredictEndpoint
{
    public const string ImageField = "image";
    public const string AllModels = DigitRecognizer.EveryModel;
    public const string IncludePreprocessed = "preprocessed";

    public static RouteHandlerBuilder MapPredict(this IEndpointRouteBuilder api) =>
        api.MapPost("/predict", HandleAsync)
            .WithName("Predict")
            .WithSummary("Recognize a handwritten digit")
            .WithDescription(
                "Send multipart/form-data with the image (PNG, JPEG, BMP, GIF or WebP, at most 5 MB by default) in the field 'image'. "
                + "The answer's verdict is 'digit', 'unsure' (ink that does not look enough like any digit) or 'no-digit' (blank input). "
                + "With model=all the answer is { \"results\": [ one answer per available model ] }, the ensemble first. "
                + "A 503 with Retry-After says the server is busy (or the model unavailable).")
            // Described, not declared with Accepts: declared content types are enforced by routing with a plain-text 400,
            // and a wrong body must get a problem-details 415 naming the fault.
            .AddOpenApiOperationTransformer(PredictForm.DescribeAsync)
            .Produces<PredictionResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            // The API is called from scripts and other sites, not from the app's own forms.
            .DisableAntiforgery();

    private static async Task<IResult> HandleAsync(
        HttpRequest request,
        IDigitRecognizer recognizer,
        RecognitionAdmission admission,
        IOptions<ApiOptions> options,
        [FromQuery, Description("Model id (ensemble, basic-cnn, resnet, vgg, mlnet) or 'all'; default ensemble.")] string? model,
        [FromQuery, Description("'preprocessed' adds the 28x28 image the model saw, as a base64 PNG.")] string? include,
        CancellationToken cancellationToken)
    {
        try
        {
            var includePreprocessed = IncludesPreprocessed(include);
            var image = await UploadReader.ReadImageAsync(request, options.Value.MaxUploadBytes, cancellationToken);
            var modelId = string.IsNullOrWhiteSpace(model) ? ModelIds.Ensemble : model.Trim().ToLowerInvariant();
            // The turn is taken once the upload is read: a slow client must not hold one while it sends.
            using var turn = await admission.EnterAsync(cancellationToken);
            if (modelId == AllModels)
            {
                var results = recognizer.RecognizeWithEveryModel(image);
                return TypedResults.Ok(new EveryModelResponse([.. results.Select(r => PredictionResponse.From(r, includePreprocessed))]));
            }

            return TypedResults.Ok(PredictionResponse.From(recognizer.Recognize(image, modelId), includePreprocessed));
        }
        catch (ApiProblem problem)
        {
            return problem.ToResult();
        }
        catch (ImageRejectedException e)
        {
            return UploadProblems.Rejected(e).ToResult();
        }
        catch (UnknownModelException e)
        {
            return UploadProblems.UnknownModel(e).ToResult();
        }
        catch (ModelUnavailableException e)
        {
            return UploadProblems.Unavailable(e).ToResult();
        }
        catch (RecognitionBusyException e)
        {
            request.HttpContext.Response.Headers.RetryAfter = UploadProblems.Seconds(e.RetryAfter);
            return UploadProblems.Busy(e).ToResult();
        }
    }

    private static bool IncludesPreprocessed(string? include)
    {
        var values = (include ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = values.FirstOrDefault(v => !v.Equals(IncludePreprocessed, StringComparison.OrdinalIgnoreCase));
        return unknown is null ? values.Length > 0 : throw UploadProblems.UnknownInclude(unknown);
    }

}
