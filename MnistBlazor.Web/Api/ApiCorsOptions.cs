namespace MnistBlazor.Web.Api;

/// <summary>Which other sites' scripts may call the API; bound from "Api:Cors".</summary>
public sealed record ApiCorsOptions
{
    public const string Section = "Api:Cors";

    public const string AnyOrigin = "*";

    /// <summary>Origins such as https://example.org; "*" (or none configured) lets any site call the API.</summary>
    public IReadOnlyList<string>? AllowedOrigins { get; init; }

    public bool AllowsAnyOrigin => AllowedOrigins is not { Count: > 0 } || AllowedOrigins.Contains(AnyOrigin);

    public void Validate()
    {
        var wrong = (AllowedOrigins ?? []).FirstOrDefault(origin => origin != AnyOrigin && !IsOrigin(origin));
        if (wrong is not null)
        {
            throw new ArgumentOutOfRangeException(nameof(AllowedOrigins), wrong,
                $"{Section}:{nameof(AllowedOrigins)} holds '{wrong}', which is not an origin (scheme://host[:port], no path) or '{AnyOrigin}'.");
        }
    }

    private static bool IsOrigin(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.GetLeftPart(UriPartial.Authority) == value.TrimEnd('/');
}
