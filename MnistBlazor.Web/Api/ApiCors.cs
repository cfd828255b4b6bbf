using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace MnistBlazor.Web.Api;

/// <summary>The CORS policy of /api: the configured origins, GET and POST, no credentials (the API is public and keeps no
/// session, so a cookie would only widen what a hostile page could do).</summary>
internal sealed class ApiCors(IOptions<ApiCorsOptions> options) : IConfigureOptions<CorsOptions>
{
    public const string Policy = "api";

    public void Configure(CorsOptions cors) => cors.AddPolicy(Policy, policy =>
    {
        var origins = options.Value;
        if (origins.AllowsAnyOrigin)
        {
            policy.AllowAnyOrigin();
        }
        else
        {
            // Browsers send an origin without a trailing slash; configuration may well have one.
            policy.WithOrigins([.. origins.AllowedOrigins!.Select(origin => origin.TrimEnd('/'))]);
        }

        policy.WithMethods(HttpMethods.Get, HttpMethods.Post)
            .AllowAnyHeader()
            // A script reading a 429 needs to see when to come back.
            .WithExposedHeaders("Retry-After")
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10));
    });
}
