using Microsoft.AspNetCore.Diagnostics;

namespace MnistBlazor.Web.Api;

public static class ApiPipeline
{
    public const string Prefix = "/api";

    /// <summary>The middleware of /api alone: CORS, and problem details for every failure, also for those that no endpoint
    /// answered (unknown route, wrong method, unhandled exception). Goes after the pages' status code pages, so that it
    /// answers first and the pages' HTML never reaches an API caller.</summary>
    public static WebApplication UseRecognitionApi(this WebApplication app)
    {
        app.UseWhen(IsApi, api =>
        {
            // Outermost, so that the preflight is answered before anything else and every answer, errors included, carries
            // the CORS headers.
            api.UseCors(ApiCors.Policy);
            api.UseMiddleware<ApiStatusProblems>();
            // Inside the pages' exception handler and the Development exception page, so that an API caller gets a problem
            // without HTML or a stack trace; the middleware still logs the exception.
            api.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = ApiStatusProblems.WriteUnhandledAsync });
        });
        return app;
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments(Prefix);
}
