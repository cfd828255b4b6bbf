using System.Net;
using MnistBlazor.Tests.Recognition.Models;

namespace MnistBlazor.Tests.Web.Api;

/// <summary>Scripts on other sites may call /api (any origin by default, the configured ones otherwise), never with
/// credentials; the pages give no other site that right.</summary>
public sealed class ApiCorsTests(TinyModelApp app) : IClassFixture<TinyModelApp>
{
    private const string Site = "https://digits.example";

    [Fact]
    public async Task AnyOriginMayReadTheApiByDefault()
    {
        using var response = await app.Client.SendAsync(From(Site, HttpMethod.Get, "/api/models"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
        Assert.Null(Header(response, "Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task PreflightForPredictIs204WithMethodsAndHeaders()
    {
        using var response = await app.Client.SendAsync(Preflight(app.Client, Site));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
        Assert.Equal("GET,POST", Header(response, "Access-Control-Allow-Methods"));
        Assert.Equal("content-type", Header(response, "Access-Control-Allow-Headers"));
    }

    [Fact]
    public async Task ApiErrorsCarryTheCorsHeaderSoScriptsCanReadThem()
    {
        using var response = await app.Client.SendAsync(From(Site, HttpMethod.Get, "/api/predict"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task PagesGiveNoOtherSiteAccess()
    {
        using var response = await app.Client.SendAsync(From(Site, HttpMethod.Get, "/models"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(Header(response, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task ConfiguredOriginsAloneMayCallTheApi()
    {
        using var folder = ModelFolder.WithEveryModel();
        using var factory = new RecognitionApiFactory(folder.Path, new Dictionary<string, string?>
        {
            ["Api:Cors:AllowedOrigins:0"] = Site,
            ["Api:Cors:AllowedOrigins:1"] = "http://localhost:5000/",
        });
        using var client = factory.CreateClient();

        using var allowed = await client.SendAsync(From(Site, HttpMethod.Get, "/api/models"));
        using var preflight = await client.SendAsync(Preflight(client, "http://localhost:5000"));
        using var stranger = await client.SendAsync(From("https://evil.example", HttpMethod.Get, "/api/models"));
        using var strangerPreflight = await client.SendAsync(Preflight(client, "https://evil.example"));

        Assert.Equal(Site, Header(allowed, "Access-Control-Allow-Origin"));
        Assert.Equal("http://localhost:5000", Header(preflight, "Access-Control-Allow-Origin"));
        Assert.Equal("GET,POST", Header(preflight, "Access-Control-Allow-Methods"));
        Assert.Null(Header(stranger, "Access-Control-Allow-Origin"));
        Assert.Null(Header(strangerPreflight, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public void AnOriginWithAPathIsRefusedAtStart()
    {
        using var folder = ModelFolder.WithEveryModel();
        using var factory = new RecognitionApiFactory(folder.Path, new Dictionary<string, string?> { ["Api:Cors:AllowedOrigins:0"] = "https://digits.example/app" });

        var failure = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("'https://digits.example/app', which is not an origin", failure.ToString(), StringComparison.Ordinal);
    }

    private static HttpRequestMessage From(string origin, HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("Origin", origin);
        return request;
    }

    private static HttpRequestMessage Preflight(HttpClient client, string origin)
    {
        var request = From(origin, HttpMethod.Options, new Uri(client.BaseAddress!, "/api/predict").ToString());
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return request;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;
}
