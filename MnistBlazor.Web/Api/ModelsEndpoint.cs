using MnistBlazor.Recognition;

namespace MnistBlazor.Web.Api;

/// <summary>GET /api/models: every model the app offers, the ensemble included, with its availability and card figures.</summary>
internal static class ModelsEndpoint
{
    public static RouteHandlerBuilder MapModels(this IEndpointRouteBuilder api) =>
        api.MapGet("/models", (IDigitRecognizer recognizer) =>
                TypedResults.Ok<IReadOnlyList<ModelResponse>>([.. recognizer.Models.Select(ModelResponse.From)]))
            .WithName("Models")
            .WithSummary("List the models")
            .WithDescription("Every model, the ensemble (the default) first; an unavailable model says why.")
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
