using System.Net;
using System.Net.Http.Json;
using MnistBlazor.Tests.Recognition;
using MnistBlazor.Tests.Recognition.Models;
using MnistBlazor.Tests.Recognition.Preprocessing;
using MnistBlazor.Web.Api;

namespace MnistBlazor.Tests.Web.Api;

/// <summary>GET /api/models, /health, and a corrupt or missing model file leaving the others serving.</summary>
public sealed class ModelAvailabilityTests : IDisposable
{
    private static readonly byte[] Seven = DrawnDigits.Png(DigitSketch.Seven);

    private readonly ModelFolder folder = ModelFolder.WithEveryModel();

    [Fact]
    public async Task ModelsListsEveryModelWithItsCardFigures()
    {
        using var factory = new RecognitionApiFactory(folder.Path);
        using var client = factory.CreateClient();

        var models = await client.GetFromJsonAsync<List<ModelResponse>>("/api/models");

        Assert.Equal(["ensemble", "basic-cnn", "resnet", "vgg", "mlnet"], models?.Select(m => m.Id));
        Assert.All(models!, m => Assert.True(m.Available));
        var resnet = models!.Single(m => m.Id == "resnet");
        Assert.Equal(new ModelResponse("resnet", "Tiny resnet", true, null, 12.34, 7850), resnet);
        Assert.Equal(new ModelResponse("ensemble", "Ensemble", true, null, null, null), models![0]);
    }

    [Fact]
    public async Task CorruptFileLeavesTheOtherModelsServing()
    {
        folder.Corrupt("resnet");
        using var factory = new RecognitionApiFactory(folder.Path);
        using var client = factory.CreateClient();

        var models = await client.GetFromJsonAsync<List<ModelResponse>>("/api/models");
        using var resnet = await client.PredictAsync(Seven, "?model=resnet");
        using var ensemble = await client.PredictAsync(Seven);
        using var all = await client.PredictAsync(Seven, "?model=all");

        var listed = models!.Single(m => m.Id == "resnet");
        Assert.False(listed.Available);
        Assert.Contains("resnet.onnx is not a loadable ONNX model", listed.Reason, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, resnet.StatusCode);
        Assert.Contains("Model 'resnet' is unavailable: resnet.onnx is not a loadable ONNX model", (await resnet.ProblemAsync()).Detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, ensemble.StatusCode);
        var results = await all.Content.ReadFromJsonAsync<EveryModelResponse>();
        Assert.Equal(["ensemble", "basic-cnn", "vgg", "mlnet"], results?.Results.Select(r => r.Model));
    }

    [Fact]
    public async Task HealthReportsEveryModelLoaded()
    {
        using var factory = new RecognitionApiFactory(folder.Path);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var health = await response.Content.ReadFromJsonAsync<HealthResponse>();
        Assert.Equal("Healthy", health?.Status);
        Assert.Equal("5 of 5 models available", health?.Description);
        Assert.All(health!.Models, m => Assert.True(m.Loaded));
    }

    [Fact]
    public async Task HealthIsDegradedNamingTheMissingModel()
    {
        folder.Remove("mlnet");
        using var factory = new RecognitionApiFactory(folder.Path);
        using var client = factory.CreateClient();

        var health = await client.GetFromJsonAsync<HealthResponse>("/health");

        Assert.Equal("Degraded", health?.Status);
        Assert.Equal(new HealthModel("mlnet", false, $"mlnet.onnx is not in {folder.Path}"), health?.Models.Single(m => m.Id == "mlnet"));
    }

    [Fact]
    public async Task WithoutAnyModelHealthIs503AndPredictIs503()
    {
        foreach (var id in ModelFolder.FileModelIds)
        {
            folder.Remove(id);
        }

        using var factory = new RecognitionApiFactory(folder.Path);
        using var client = factory.CreateClient();

        using var health = await client.GetAsync("/health");
        using var predict = await client.PredictAsync(Seven);
        using var all = await client.PredictAsync(Seven, "?model=all");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, predict.StatusCode);
        Assert.Equal("Model 'ensemble' is unavailable: none of its members (basic-cnn, resnet, vgg) is available", (await predict.ProblemAsync()).Detail);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, all.StatusCode);
    }

    public void Dispose() => folder.Dispose();
}
