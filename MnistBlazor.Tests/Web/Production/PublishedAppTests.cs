using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace MnistBlazor.Tests.Web.Production;

/// <summary>The published app in Production serves the page, everything the page links and a healthy /health: from a
/// plain build in Production the package assets (blazor.web.js, MudBlazor, the scoped CSS) answered 500, and a published
/// app started from another folder answered every static file with an empty body.</summary>
public sealed partial class PublishedAppTests(PublishedApp app) : IClassFixture<PublishedApp>
{
    [Fact]
    public async Task PageAnswersInProduction()
    {
        using var response = await app.Client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task BlazorScriptThePageLinksIsServed()
    {
        var script = Assert.Single(await LinkedAssetsAsync(), path => path.StartsWith("_framework/blazor.web.", StringComparison.Ordinal));

        await AssertServedAsync(script);
    }

    [Fact]
    public async Task MudBlazorStylesAndScriptThePageLinksAreServed()
    {
        var mudBlazor = (await LinkedAssetsAsync()).Where(path => path.StartsWith("_content/MudBlazor/", StringComparison.Ordinal)).ToList();

        Assert.Contains(mudBlazor, path => path.EndsWith(".css", StringComparison.Ordinal));
        Assert.Contains(mudBlazor, path => path.EndsWith(".js", StringComparison.Ordinal));
        foreach (var path in mudBlazor)
        {
            await AssertServedAsync(path);
        }
    }

    [Fact]
    public async Task EveryStylesheetScriptAndIconThePageLinksIsServed()
    {
        // Among them the scoped CSS bundle, which is what hides the "An unhandled error has occurred" bar.
        var assets = await LinkedAssetsAsync();

        Assert.Contains(assets, path => path.EndsWith(".styles.css", StringComparison.Ordinal));
        foreach (var path in assets)
        {
            await AssertServedAsync(path);
        }
    }

    [Fact]
    public async Task HealthReportsEveryModelAndTheDigitGateLoadedFromThePublishedFolder()
    {
        using var response = await app.Client.GetAsync(new Uri("/health", UriKind.Relative));
        using var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", health.RootElement.GetProperty("status").GetString());
        var models = health.RootElement.GetProperty("models").EnumerateArray().ToList();
        Assert.NotEmpty(models);
        Assert.All(models, model => Assert.True(model.GetProperty("loaded").GetBoolean(), model.GetRawText()));
        Assert.True(health.RootElement.GetProperty("gate").GetProperty("loaded").GetBoolean());
    }

    private async Task<IReadOnlyList<string>> LinkedAssetsAsync()
    {
        var page = await app.Client.GetStringAsync(new Uri("/", UriKind.Relative));
        return [.. LinkedAsset().Matches(page).Select(match => match.Groups["path"].Value).Distinct()];
    }

    private async Task AssertServedAsync(string path)
    {
        using var response = await app.Client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}.");
        Assert.True(body.Length > 0, $"{path} answered an empty body.");
    }

    [GeneratedRegex(@"(?:href|src)=""(?<path>[^""]+\.(?:css|js|svg))""")]
    private static partial Regex LinkedAsset();
}
