using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Components;

namespace MnistBlazor.Web.Security;

/// <summary>The Content-Security-Policy values the app sends: one for its own pages, one for the Scalar reference page,
/// one for everything that is not a page.</summary>
/// <remarks>The pages' policy allows scripts from the app's origin and, of inline scripts, only the import map that
/// <c>&lt;ImportMap /&gt;</c> renders, by its hash. The map is kept because it points the components' collocated modules
/// ("./Components/X/X.razor.js") at their fingerprinted files, so a new release is never served a stale module from cache.
/// The hash is taken from the same <see cref="ImportMapDefinition"/> objects the component renders, found on the app's
/// endpoints once they are all mapped.</remarks>
internal sealed class ContentSecurityPolicy(EndpointDataSource endpoints)
{
    /// <summary>For JSON, static files and the like: nothing may run, load or frame them.</summary>
    public const string NotAPage = "default-src 'none'; frame-ancestors 'none'";

    /// <summary>Scalar's page starts itself with an inline module script whose text depends on its options, and styles
    /// itself inline; it loads nothing from other origins.</summary>
    public const string ApiReference =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private readonly Lazy<string> _pages = new(() => ForPages(endpoints));

    public string Pages => _pages.Value;

    private static string ForPages(EndpointDataSource endpoints)
    {
        var importMaps = endpoints.Endpoints
            .Select(e => e.Metadata.GetMetadata<ImportMapDefinition>())
            .OfType<ImportMapDefinition>()
            // ToString is the JSON the component writes into the page (its ToJson is internal).
            .Select(map => map.ToString())
            .Distinct()
            .Select(json => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(json)))}'");
        return string.Join("; ",
            "default-src 'self'",
            string.Join(' ', ["script-src 'self'", .. importMaps]),
            // MudBlazor positions and colours its components with style attributes and inline style elements.
            "style-src 'self' 'unsafe-inline'",
            // Thumbnails and the 28x28 preview are PNG data URLs made on the server.
            "img-src 'self' data:",
            // The Blazor circuit's WebSocket and SignalR fallbacks go to the page's own origin ('self' covers ws: and wss:).
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");
    }
}
