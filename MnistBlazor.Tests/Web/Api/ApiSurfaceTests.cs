using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MnistBlazor.Tests.Recognition;
using MnistBlazor.Web.Admission;
using MnistBlazor.Tests.Recognition.Models;
using MnistBlazor.Tests.Recognition.Preprocessing;

namespace MnistBlazor.Tests.Web.Api;

/// <summary>The API's documentation, its per-client quota and its share of the recognition turns.</summary>
public sealed class ApiSurfaceTests(TinyModelApp app) : IClassFixture<TinyModelApp>
{
    [Fact]
    public async Task OpenApiDocumentDescribesTheEndpoints()
    {
        using var response = await app.Client.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = document.RootElement.GetProperty("paths");
        var predict = paths.GetProperty("/api/predict").GetProperty("post");
        Assert.True(predict.GetProperty("requestBody").GetProperty("content").TryGetProperty("multipart/form-data", out _));
        Assert.Equal(["200", "400", "404", "413", "415", "429", "503"], predict.GetProperty("responses").EnumerateObject().Select(r => r.Name));
        Assert.True(paths.GetProperty("/api/models").TryGetProperty("get", out _));
    }

    [Fact]
    public async Task ScalarReferencePageIsServed()
    {
        using var response = await app.Client.GetAsync("/scalar");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task RequestsOverTheLimitAre429WithRetryAfter()
    {
        using var folder = ModelFolder.WithEveryModel();
        using var factory = new RecognitionApiFactory(folder.Path, new Dictionary<string, string?> { ["Api:PermitLimit"] = "2", ["Api:Window"] = "00:10:00" });
        using var client = factory.CreateClient();
        var seven = DrawnDigits.Png(DigitSketch.Seven);

        using var first = await client.PredictAsync(seven);
        using var second = await client.GetAsync("/api/models");
        using var third = await client.PredictAsync(seven);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.StartsWith("More than 2 requests from this client within 600 s", (await third.ProblemAsync()).Detail, StringComparison.Ordinal);
        Assert.NotNull(third.Headers.RetryAfter);
    }

    [Fact]
    public async Task RetryAfterIsTheTimeLeftInTheClientsWindow()
    {
        using var folder = ModelFolder.WithEveryModel();
        var time = new FakeTimeProvider();
        using var factory = new RecognitionApiFactory(folder.Path, new Dictionary<string, string?> { ["Api:PermitLimit"] = "1", ["Api:Window"] = "00:01:00" });
        using var timed = factory.WithWebHostBuilder(host => host.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(time)));
        using var client = timed.CreateClient();

        using var first = await client.GetAsync("/api/models");
        time.Advance(TimeSpan.FromSeconds(45));
        using var second = await client.GetAsync("/api/models");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(15), second.Headers.RetryAfter?.Delta);
        Assert.EndsWith("retry after 15 s.", (await second.ProblemAsync()).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryModelAtOnceCostsOneRequestPerModel()
    {
        using var folder = ModelFolder.WithEveryModel();
        using var factory = new RecognitionApiFactory(folder.Path, new Dictionary<string, string?> { ["Api:PermitLimit"] = "6", ["Api:Window"] = "00:10:00" });
        using var client = factory.CreateClient();
        var seven = DrawnDigits.Png(DigitSketch.Seven);

        using var all = await client.PredictAsync(seven, "?model=all");
        using var one = await client.PredictAsync(seven);
        using var over = await client.PredictAsync(seven);

        Assert.Equal(HttpStatusCode.OK, all.StatusCode);
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, over.StatusCode);
    }

    [Fact]
    public async Task RecognitionWithNoFreeTurnIs503WithRetryAfter()
    {
        using var folder = ModelFolder.WithEveryModel();
        using var factory = new RecognitionApiFactory(folder.Path, new Dictionary<string, string?>
        {
            ["Recognition:Admission:MaxConcurrent"] = "1",
            ["Recognition:Admission:QueueLimit"] = "0",
            ["Recognition:Admission:RetryAfter"] = "00:00:02",
        });
        using var client = factory.CreateClient();
        var admission = factory.Services.GetRequiredService<RecognitionAdmission>();

        HttpResponseMessage busy;
        using (await admission.EnterAsync())
        {
            busy = await client.PredictAsync(DrawnDigits.Png(DigitSketch.Seven));
        }

        using var free = await client.PredictAsync(DrawnDigits.Png(DigitSketch.Seven));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(2), busy.Headers.RetryAfter?.Delta);
        Assert.Equal("Server busy", (await busy.ProblemAsync()).Title);
        Assert.Equal(HttpStatusCode.OK, free.StatusCode);
        busy.Dispose();
    }
}
