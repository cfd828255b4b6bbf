using System.Net;
using System.Net.Http.Headers;
using MnistBlazor.Tests.Recognition.Models;

namespace MnistBlazor.Tests.Web.Api;

/// <summary>Failures no endpoint answers (unknown route, wrong method, an unhandled exception) still reach an API caller
/// as problem details, never as the pages' HTML.</summary>
public sealed class ApiErrorTests(TinyModelApp app) : IClassFixture<TinyModelApp>
{
    [Fact]
    public async Task UnknownApiRouteIs404Problem()
    {
        using var response = await app.Client.SendAsync(AsBrowser(HttpMethod.Get, "/api/nothing-here"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.ProblemAsync();
        Assert.Equal(404, problem.Status);
        Assert.Equal("The API has no /api/nothing-here; /openapi/v1.json lists its endpoints.", problem.Detail);
    }

    [Fact]
    public async Task GetOnPredictIs405ProblemWithAllowHeader()
    {
        using var response = await app.Client.SendAsync(AsBrowser(HttpMethod.Get, "/api/predict"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        var problem = await response.ProblemAsync();
        Assert.Equal("GET /api/predict is not allowed; /api/predict takes POST.", problem.Detail);
    }

    [Fact]
    public async Task DeleteOnModelsIs405Problem()
    {
        using var response = await app.Client.DeleteAsync("/api/models");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("GET", response.Content.Headers.Allow);
        Assert.Equal(405, (await response.ProblemAsync()).Status);
    }

    [Fact]
    public async Task UnknownPageOutsideTheApiIsStillTheHtmlNotFoundPage()
    {
        using var response = await app.Client.SendAsync(AsBrowser(HttpMethod.Get, "/no-such-page"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Not Found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task UnhandledErrorIs500ProblemWithoutHtmlOrStackTrace(string environment)
    {
        using var folder = ModelFolder.WithEveryModel();
        using var factory = new RecognitionApiFactory(folder.Path, new Dictionary<string, string?> { ["environment"] = environment }, FaultyRoutes.AddTo);
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(AsBrowser(HttpMethod.Get, FaultyRoutes.ThrowingPath));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("hunter2", body, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(InvalidOperationException), body, StringComparison.Ordinal);
        Assert.DoesNotContain("<html", body, StringComparison.OrdinalIgnoreCase);
        var problem = await response.ProblemAsync();
        Assert.Equal(500, problem.Status);
        Assert.True(problem.Extensions.ContainsKey("traceId"));
    }

    /// <summary>What a browser's address bar sends: it prefers HTML, which the API must not answer with.</summary>
    private static HttpRequestMessage AsBrowser(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        return request;
    }
}
