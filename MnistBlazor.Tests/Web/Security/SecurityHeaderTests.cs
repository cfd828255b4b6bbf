using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using MnistBlazor.Tests.Web.Api;
using MnistBlazor.Tests.Recognition.Models;

namespace MnistBlazor.Tests.Web.Security;

/// <summary>The security headers on pages, API answers and errors, HSTS outside Development and no Server header.</summary>
public sealed partial class SecurityHeaderTests(TinyModelApp app) : IClassFixture<TinyModelApp>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/upload")]
    [InlineData("/webcam")]
    [InlineData("/models")]
    [InlineData("/no-such-page")]
    public async Task PagesSendNosniffReferrerPolicyAndAScriptPolicy(string path)
    {
        using var response = await app.Client.GetAsync(path);

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        var policy = Directives(Header(response, "Content-Security-Policy"));
        Assert.Equal("'self'", policy["default-src"]);
        Assert.StartsWith("'self' 'sha256-", policy["script-src"], StringComparison.Ordinal);
        Assert.Equal("'self' 'unsafe-inline'", policy["style-src"]);
        Assert.Equal("'self' data:", policy["img-src"]);
        Assert.Equal("'self'", policy["connect-src"]);
        Assert.Equal("'none'", policy["frame-ancestors"]);
        Assert.Equal("'none'", policy["object-src"]);
    }

    [Fact]
    public async Task ScriptPolicyAllowsExactlyTheImportMapThePageRenders()
    {
        using var response = await app.Client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        var importMap = ImportMap().Match(html);
        Assert.True(importMap.Success, "The page renders an import map.");
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(importMap.Groups["json"].Value)));
        Assert.Equal($"'self' 'sha256-{hash}'", Directives(Header(response, "Content-Security-Policy"))["script-src"]);
        Assert.Equal(1, InlineScripts().Count(html));
    }

    [Theory]
    [InlineData("/api/models")]
    [InlineData("/api/nothing-here")]
    [InlineData("/health")]
    public async Task NonPagesForbidEverythingAndAreNotSniffed(string path)
    {
        using var response = await app.Client.GetAsync(path);

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("default-src 'none'; frame-ancestors 'none'", Header(response, "Content-Security-Policy"));
    }

    [Fact]
    public async Task DevelopmentSendsNoHsts()
    {
        using var response = await app.Client.GetAsync("https://digits.example/");

        Assert.Null(Header(response, "Strict-Transport-Security"));
    }

    [Fact]
    public async Task ProductionSendsHstsOverHttps()
    {
        using var folder = ModelFolder.WithEveryModel();
        using var factory = new RecognitionApiFactory(folder.Path, new Dictionary<string, string?> { ["environment"] = "Production" });
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("https://digits.example/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000", Header(response, "Strict-Transport-Security"));
    }

    [Fact]
    public async Task KestrelSendsNoServerHeader()
    {
        using var folder = ModelFolder.WithEveryModel();
        using var factory = new RecognitionApiFactory(folder.Path);
        using var client = new HttpClient { BaseAddress = factory.StartOnKestrel() };

        using var response = await client.GetAsync("/api/models");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Headers.Server);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(",", values)
            : null;

    private static Dictionary<string, string> Directives(string? policy) =>
        (policy ?? throw new InvalidOperationException("No Content-Security-Policy header."))
            .Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : "");

    [GeneratedRegex("<script type=\"importmap\">(?<json>.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex ImportMap();

    // Script elements with content inline (no src): the import map must be the only one.
    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>\\s*\\S", RegexOptions.Singleline)]
    private static partial Regex InlineScripts();
}
