using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace MnistBlazor.Web.Api;

/// <summary>A fixed window of requests per client IP for the API; the excess gets a 429 problem with Retry-After.</summary>
internal static class ApiRateLimiting
{
    public const string Policy = "api";

    public static void Configure(RateLimiterOptions limiter)
    {
        limiter.AddPolicy(Policy, context =>
        {
            var options = context.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value;
            return RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.PermitLimit, Window = options.Window, QueueLimit = 0 });
        });
        limiter.OnRejected = RejectAsync;
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var options = context.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : options.Window;
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        var problem = new ApiProblem(StatusCodes.Status429TooManyRequests, "Too many requests",
            $"More than {options.PermitLimit} requests from this client within {options.Window.TotalSeconds:0} s; retry after {Math.Ceiling(retryAfter.TotalSeconds):0} s.");
        await problem.ToResult().ExecuteAsync(context);
    }
}
