using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.WebUtilities;

namespace MnistBlazor.Web.Api;

/// <summary>Gives an /api failure that left no body (no such route, a method the route does not take) a problem-details
/// body, and answers an unhandled exception with a 500 problem that names no internals.</summary>
internal sealed class ApiStatusProblems(RequestDelegate next, ApiRoutes routes)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // The pages' status code pages would otherwise re-execute /not-found and answer HTML.
        if (context.Features.Get<IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false;
        }

        await next(context);

        var response = context.Response;
        if (response.HasStarted || response.StatusCode < 400 || response.ContentLength is not null || response.ContentType is not null)
        {
            return;
        }

        if (response.StatusCode == StatusCodes.Status404NotFound && routes.MethodsAt(context.Request.Path) is { Count: > 0 } methods
            && !methods.Contains(context.Request.Method, StringComparer.OrdinalIgnoreCase))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = string.Join(", ", methods);
        }

        await ForStatus(context).ToResult().ExecuteAsync(context);
    }

    public static Task WriteUnhandledAsync(HttpContext context)
    {
        var problem = new ApiProblem(StatusCodes.Status500InternalServerError, "Internal server error",
            "The server failed while answering this request; the fault is logged under the trace id.",
            new Dictionary<string, object?> { ["traceId"] = Activity.Current?.Id ?? context.TraceIdentifier });
        return problem.ToResult().ExecuteAsync(context);
    }

    private static ApiProblem ForStatus(HttpContext context)
    {
        var request = context.Request;
        var status = context.Response.StatusCode;
        var target = $"{request.Method} {request.Path}";
        return status switch
        {
            StatusCodes.Status404NotFound => new(status, "Not found",
                $"The API has no {request.Path}; /openapi/v1.json lists its endpoints."),
            StatusCodes.Status405MethodNotAllowed => new(status, "Method not allowed",
                $"{target} is not allowed; {request.Path} takes {context.Response.Headers.Allow}."),
            _ => new(status, ReasonPhrases.GetReasonPhrase(status), $"{target} failed with status {status}."),
        };
    }
}
