using Microsoft.AspNetCore.HttpsPolicy;

namespace MnistBlazor.Web.Security;

public static class SecurityServiceExtensions
{
    /// <summary>Where Scalar serves its API reference page, which needs its own Content-Security-Policy.</summary>
    public const string ApiReferencePath = "/scalar";

    /// <summary>Registers the security headers, HSTS (options from "Security:Hsts") and turns off Kestrel's Server header,
    /// which only tells an attacker what to aim at.</summary>
    public static WebApplicationBuilder AddSecurityHeaders(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ContentSecurityPolicy>();
        builder.Services.AddOptions<HstsOptions>().BindConfiguration("Security:Hsts");
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        return builder;
    }

    /// <summary>Sends the security headers on every response; first in the pipeline so that nothing answers without them.</summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        return app;
    }
}
