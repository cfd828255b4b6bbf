using Microsoft.AspNetCore.Routing.Template;

namespace MnistBlazor.Web.Api;

/// <summary>The HTTP methods the API's routes take for a path, to tell "wrong method" (405) from "no such route" (404).</summary>
/// <remarks>Routing alone says 404 for GET /api/predict: the static files' GET fallback ({**path:file}) is a GET candidate
/// for every path, so the method check never rejects all candidates, and the fallback's file constraint then matches
/// nothing.</remarks>
internal sealed class ApiRoutes(EndpointDataSource endpoints)
{
    private readonly Lazy<IReadOnlyList<(TemplateMatcher Route, IReadOnlyList<string> Methods)>> _routes = new(() =>
    [
        .. endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith(ApiPipeline.Prefix + "/", StringComparison.OrdinalIgnoreCase) == true)
            .Select(e => (new TemplateMatcher(new RouteTemplate(e.RoutePattern), []),
                e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])),
    ]);

    /// <summary>The methods some API route takes at <paramref name="path"/>; empty when no route is there.</summary>
    public IReadOnlyList<string> MethodsAt(PathString path) =>
    [
        .. _routes.Value.Where(r => r.Route.TryMatch(path, [])).SelectMany(r => r.Methods).Distinct(StringComparer.OrdinalIgnoreCase),
    ];
}
