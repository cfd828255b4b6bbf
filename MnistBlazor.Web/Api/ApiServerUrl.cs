using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace MnistBlazor.Web.Api;

/// <summary>Names the API's server in the OpenAPI document from Api:PublicUrl, or names none; never from the request's
/// Host header, which any caller can set and which a cache would then hand to everyone.</summary>
internal sealed class ApiServerUrl(IOptions<ApiOptions> options) : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        // Without servers a client (Scalar included) calls the origin it fetched the document from.
        document.Servers = options.Value.PublicUrl is { Length: > 0 } url ? [new OpenApiServer { Url = url }] : [];
        return Task.CompletedTask;
    }
}
