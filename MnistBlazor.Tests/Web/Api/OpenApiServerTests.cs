using System.Net.Http.Json;
using System.Text.Json;
using MnistBlazor.Tests.Recognition.Models;

namespace MnistBlazor.Tests.Web.Api;

/// <summary>The OpenAPI document's server address comes from configuration, never from the caller's Host header.</summary>
public sealed class OpenApiServerTests
{
    [Fact]
    public async Task ForgedHostHeaderDoesNotBecomeTheServerUrl()
    {
        // On a real socket, so that the forged Host header surely reaches the app as it would in production.
        using var folder = ModelFolder.WithEveryModel();
        using var factory = new RecognitionApiFactory(folder.Path);
        using var client = new HttpClient { BaseAddress = factory.StartOnKestrel() };

        using var document = await DocumentAsync(client);

        Assert.False(document.RootElement.TryGetProperty("servers", out _), "Without Api:PublicUrl the document names no server.");
        Assert.DoesNotContain("evil.example", document.RootElement.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfiguredPublicUrlIsTheOnlyServer()
    {
        using var folder = ModelFolder.WithEveryModel();
        using var factory = new RecognitionApiFactory(folder.Path, new Dictionary<string, string?> { ["Api:PublicUrl"] = "https://digits.example/" });
        using var client = factory.CreateClient();

        using var document = await DocumentAsync(client);

        var servers = document.RootElement.GetProperty("servers").EnumerateArray().Select(s => s.GetProperty("url").GetString());
        Assert.Equal(["https://digits.example/"], servers);
    }

    private static async Task<JsonDocument> DocumentAsync(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json");
        request.Headers.Host = "evil.example";
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonDocument>() ?? throw new InvalidOperationException("No document.");
    }
}
