using Microsoft.Extensions.Options;
using MnistBlazor.Recognition;

namespace MnistBlazor.Web.Api;

/// <summary>Holds every /api call to the client's quota: one unit a request, one per model for model=all (it runs
/// every model); the excess gets a 429 problem whose Retry-After is the time left in the client's window.</summary>
internal sealed class ApiQuotaFilter(ClientQuotas quotas, IOptions<ApiOptions> options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var client = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (quotas.TryTake(client, Cost(http.Request), out var retryAfter))
        {
            return await next(context);
        }

        var seconds = UploadProblems.Seconds(retryAfter);
        http.Response.Headers.RetryAfter = seconds;
        var limits = options.Value;
        return new ApiProblem(StatusCodes.Status429TooManyRequests, "Too many requests",
            $"More than {limits.PermitLimit} requests from this client within {limits.Window.TotalSeconds:0} s "
            + $"(model={PredictEndpoint.AllModels} counts one per model); retry after {seconds} s.").ToResult();
    }

    private static int Cost(HttpRequest request) =>
        string.Equals(request.Query["model"].ToString().Trim(), PredictEndpoint.AllModels, StringComparison.OrdinalIgnoreCase)
            ? ModelIds.All.Count
            : 1;
}
