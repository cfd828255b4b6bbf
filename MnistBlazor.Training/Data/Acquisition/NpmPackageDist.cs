using System.Text.Json;

namespace MnistBlazor.Training.Data.Acquisition;

/// <summary>The <c>dist</c> part of a registry's version document: where the tarball is and its integrity digest.</summary>
public sealed record NpmPackageDist(Uri Tarball, string Integrity)
{
    private static readonly string[] PublicRegistryPrefixes = ["https://registry.npmjs.org/", "http://registry.npmjs.org/"];

    /// <summary>
    /// Reads <c>dist.tarball</c> and <c>dist.integrity</c>. Like npm (replace-registry-host=npmjs), a tarball on the
    /// public registry is fetched from the configured registry instead, which is what mirrors and proxies expect.
    /// </summary>
    public static NpmPackageDist Parse(string json, Uri documentUrl, NpmRegistry registry)
    {
        using var document = JsonDocument.Parse(json);
        var dist = document.RootElement.TryGetProperty("dist", out var d) && d.ValueKind == JsonValueKind.Object
            ? d
            : throw new MnistSourceException($"{documentUrl} has no \"dist\" object.");
        var tarball = RequireString(dist, "tarball", documentUrl);
        var integrity = RequireString(dist, "integrity", documentUrl);
        var publicPrefix = PublicRegistryPrefixes.FirstOrDefault(p => tarball.StartsWith(p, StringComparison.OrdinalIgnoreCase));
        if (publicPrefix is not null)
        {
            tarball = registry.Url.AbsoluteUri + tarball[publicPrefix.Length..];
        }
        return new NpmPackageDist(new Uri(documentUrl, tarball), integrity);
    }

    private static string RequireString(JsonElement dist, string name, Uri documentUrl) =>
        dist.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : throw new MnistSourceException($"{documentUrl} has no dist.{name}.");
}
