namespace MnistBlazor.Training.Data.Acquisition;

/// <summary>An npm registry's base URL (always ending in '/') and where that setting came from, for logs and errors.</summary>
public sealed record NpmRegistry(Uri Url, string Origin)
{
    public static NpmRegistry Default { get; } = new(new Uri("https://registry.npmjs.org/"), "npm's default");

    /// <summary>The registry named by <paramref name="value"/>, or null when it is not an absolute http(s) URL.</summary>
    public static NpmRegistry? TryParse(string? value, string origin)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text) || !Uri.TryCreate(text, UriKind.Absolute, out var url)
            || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }
        return new NpmRegistry(text.EndsWith('/') ? url : new Uri(text + "/"), origin);
    }
}
