using System.Net;
using System.Net.Http.Json;
using MnistBlazor.Tests.Recognition;
using MnistBlazor.Tests.Recognition.Preprocessing;
using MnistBlazor.Web.Api;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace MnistBlazor.Tests.Web.Api;

/// <summary>POST /api/predict answering well-formed requests.</summary>
public sealed class PredictEndpointTests(TinyModelApp app) : IClassFixture<TinyModelApp>
{
    private static readonly byte[] Seven = DrawnDigits.Png(DigitSketch.Seven);

    [Fact]
    public async Task ImageIsAnsweredByTheEnsembleByDefault()
    {
        using var response = await app.Client.PredictAsync(Seven);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<PredictionResponse>();
        Assert.NotNull(answer);
        Assert.Equal("ensemble", answer.Model);
        Assert.Equal("digit", answer.Verdict);
        Assert.Equal(10, answer.Probabilities.Count);
        Assert.Equal(1f, answer.Probabilities.Sum(), 3);
        Assert.Equal(answer.Probabilities.Max(), answer.Confidence);
        Assert.Equal(answer.Probabilities.ToList().IndexOf(answer.Confidence), answer.Digit);
        Assert.True(answer.ElapsedMs > 0);
        Assert.Null(answer.Preprocessed);
    }

    [Fact]
    public async Task JsonUsesTheDocumentedNames()
    {
        using var response = await app.Client.PredictAsync(Seven);

        var json = await response.Content.ReadAsStringAsync();
        foreach (var name in new[] { "\"digit\":", "\"confidence\":", "\"probabilities\":[", "\"model\":\"ensemble\"", "\"verdict\":\"digit\"", "\"elapsedMs\":" })
        {
            Assert.Contains(name, json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ModelQueryChoosesTheModel()
    {
        using var response = await app.Client.PredictAsync(Seven, "?model=vgg");

        var answer = await response.Content.ReadFromJsonAsync<PredictionResponse>();
        Assert.Equal("vgg", answer?.Model);
    }

    [Fact]
    public async Task AllGivesEveryModelsAnswerEnsembleFirst()
    {
        using var response = await app.Client.PredictAsync(Seven, "?model=all");
        using var alone = await app.Client.PredictAsync(Seven, "?model=ensemble");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<EveryModelResponse>();
        var ensemble = await alone.Content.ReadFromJsonAsync<PredictionResponse>();
        Assert.Equal(["ensemble", "basic-cnn", "resnet", "vgg", "mlnet"], answer?.Results.Select(r => r.Model));
        for (var digit = 0; digit < 10; digit++)
        {
            Assert.Equal(ensemble!.Probabilities[digit], answer!.Results[0].Probabilities[digit], 5);
        }
        Assert.Equal(1.0, answer!.Results[0].Probabilities.Sum(), 4);
    }

    [Fact]
    public async Task IncludePreprocessedAddsTheImageTheModelSawAsPng()
    {
        using var response = await app.Client.PredictAsync(Seven, "?include=preprocessed");

        var answer = await response.Content.ReadFromJsonAsync<PredictionResponse>();
        using var seen = Image.Load<L8>(Convert.FromBase64String(answer?.Preprocessed ?? ""));
        Assert.Equal((28, 28), (seen.Width, seen.Height));
    }

    [Fact]
    public async Task BlankCanvasIsNoDigitAndNeverAGuess()
    {
        using var response = await app.Client.PredictAsync(DrawnDigits.BlankPng(), "?model=all&include=preprocessed");

        var answer = await response.Content.ReadFromJsonAsync<EveryModelResponse>();
        Assert.All(answer!.Results, r =>
        {
            Assert.Equal("no-digit", r.Verdict);
            Assert.Null(r.Digit);
            Assert.Empty(r.Probabilities);
            Assert.Null(r.Preprocessed);
        });
    }

    [Theory]
    [InlineData("image/jpeg")]
    [InlineData("image/bmp")]
    [InlineData("image/gif")]
    [InlineData("image/webp")]
    public async Task EveryAcceptedFormatIsAnswered(string mediaType)
    {
        using var image = Image.Load(Seven);
        using var stream = new MemoryStream();
        image.Save(stream, Configuration.Default.ImageFormatsManager.FindFormatByMimeType(mediaType)
            is { } format ? Configuration.Default.ImageFormatsManager.FindEncoder(format) : throw new ArgumentException(mediaType));

        using var response = await app.Client.PredictAsync(stream.ToArray());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("digit", (await response.Content.ReadFromJsonAsync<PredictionResponse>())?.Verdict);
    }

    [Fact]
    public async Task HundredParallelRequestsGetTheSameAnswersAsSequentialOnes()
    {
        var images = DrawnDigits.Known.Select(k => DrawnDigits.Png(k.Sketch)).ToArray();
        var models = new[] { "ensemble", "basic-cnn", "resnet", "vgg", "mlnet" };
        var requests = Enumerable.Range(0, 100).Select(i => (Image: images[i % images.Length], Query: $"?model={models[i / images.Length % models.Length]}")).ToArray();
        var sequential = new List<string>();
        foreach (var (image, query) in requests)
        {
            sequential.Add(await AnswerAsync(image, query));
        }

        var parallel = await Task.WhenAll(requests.Select(r => AnswerAsync(r.Image, r.Query)));

        Assert.Equal(sequential, parallel);
        Assert.True(sequential.Distinct().Count() > 10, "the requests should not all get one answer");
    }

    private async Task<string> AnswerAsync(byte[] image, string query)
    {
        using var response = await app.Client.PredictAsync(image, query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<PredictionResponse>();
        return $"{answer!.Model} {answer.Verdict} {answer.Digit} {string.Join(',', answer.Probabilities)}";
    }
}
