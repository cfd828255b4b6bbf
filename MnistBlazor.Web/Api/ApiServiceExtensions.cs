using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;

namespace MnistBlazor.Web.Api;

public static class ApiServiceExtensions
{
    /// <summary>Registers the REST API's services: problem details, CORS, per-client quotas, upload limits, health and
    /// OpenAPI.</summary>
    public static WebApplicationBuilder AddRecognitionApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddCheckedOptions<ApiOptions>(ApiOptions.Section, options => options.Validate());
        builder.Services.AddCheckedOptions<ApiCorsOptions>(ApiCorsOptions.Section, options => options.Validate());
        var limit = builder.Configuration.GetSection(ApiOptions.Section).Get<ApiOptions>()?.MaxUploadBytes ?? new ApiOptions().MaxUploadBytes;

        // The API answers an oversized upload itself with a 413 problem. Kestrel's own limit stays well above it so that
        // Kestrel reads and discards the rest of such a body afterwards and the client gets the answer, not a reset.
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Limits.MaxRequestBodySize = Math.Max(kestrel.Limits.MaxRequestBodySize ?? 0, 4 * limit));

        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton<ClientQuotas>();
        builder.Services.AddSingleton<ApiRoutes>();
        builder.Services.AddCors();
        builder.Services.AddSingleton<IConfigureOptions<CorsOptions>, ApiCors>();
        builder.Services.AddHealthChecks().AddCheck<ModelsHealthCheck>("models");
        builder.Services.AddOpenApi(openApi => openApi.AddDocumentTransformer<ApiServerUrl>());
        return builder;
    }

    /// <summary>Maps /api/predict, /api/models, /health, /openapi/v1.json and the /scalar reference page.</summary>
    public static WebApplication MapRecognitionApi(this WebApplication app)
    {
        var api = app.MapGroup(ApiPipeline.Prefix).AddEndpointFilter<ApiQuotaFilter>().WithTags("Recognition");
        api.MapPredict();
        api.MapModels();
        app.MapHealthChecks("/health", HealthResponse.Options);
        app.MapOpenApi();
        // System fonts instead of Scalar's CDN: the page loads nothing from other sites (its CSP forbids it too).
        app.MapScalarApiReference(scalar => scalar.DisableDefaultFonts());
        return app;
    }
}
