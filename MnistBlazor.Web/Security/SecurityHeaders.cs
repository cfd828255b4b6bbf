using Microsoft.Net.Http.Headers;

namespace MnistBlazor.Web.Security;

/// <summary>Adds the security headers to every response just before it starts, so error pages, re-executed status pages
/// and static files carry them too.</summary>
internal sealed class SecurityHeaders(RequestDelegate next, ContentSecurityPolicy policy)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            // Other sites learn the app's origin from a link, not the page (a path could carry a model or a query).
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.ContentSecurityPolicy = PolicyFor(context);
            return Task.CompletedTask;
        });
        return next(context);
    }

    private string PolicyFor(HttpContext context)
    {
        if (!MediaTypeHeaderValue.TryParse(context.Response.ContentType, out var type) || !type.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase))
        {
            return ContentSecurityPolicy.NotAPage;
        }

        return context.Request.Path.StartsWithSegments(SecurityServiceExtensions.ApiReferencePath)
            ? ContentSecurityPolicy.ApiReference
            : policy.Pages;
    }
}
