using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using MnistBlazor.Tests.Recognition;
using MnistBlazor.Tests.Recognition.Preprocessing;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Tiff;

namespace MnistBlazor.Tests.Web.Api;

/// <summary>POST /api/predict refusing bad requests with problem details that name the fault, and serving on afterwards.</summary>
public sealed class PredictRejectionTests(TinyModelApp app) : IClassFixture<TinyModelApp>
{
    private static readonly byte[] Seven = DrawnDigits.Png(DigitSketch.Seven);

    [Fact]
    public async Task FormWithoutImageFieldIs400NamingTheFieldsSent()
    {
        using var response = await app.Client.PostAsync("/api/predict", ApiRequests.Form(Seven, field: "file"));

        var problem = await ExpectProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("The form has no file in the field 'image'; it has 'file'.", problem.Detail);
    }

    [Fact]
    public async Task TextInTheImageFieldIs400()
    {
        using var form = new MultipartFormDataContent { { new StringContent("seven"), "image" } };

        using var response = await app.Client.PostAsync("/api/predict", form);

        var problem = await ExpectProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.StartsWith("The field 'image' holds text, not a file", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmptyBodyIs400()
    {
        using var response = await app.Client.PostAsync("/api/predict", content: null);

        var problem = await ExpectProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("Empty request", problem.Title);
    }

    [Fact]
    public async Task ChunkedBodyWithoutContentTypeIs415()
    {
        // No Content-Length and no Content-Type: a body all the same, just not a form.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/predict") { Content = new StreamContent(new MemoryStream(Seven)) };
        request.Headers.TransferEncodingChunked = true;

        using var response = await app.Client.SendAsync(request);

        var problem = await ExpectProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Equal("Not a multipart form", problem.Title);
    }

    [Fact]
    public async Task EmptyFileIs400()
    {
        using var response = await app.Client.PredictAsync([]);

        var problem = await ExpectProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("Empty image", problem.Title);
    }

    [Fact]
    public async Task UndecodableBytesAre400()
    {
        var noise = new byte[2048];
        new Random(3).NextBytes(noise);

        using var response = await app.Client.PredictAsync(noise);

        var problem = await ExpectProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("Undecodable image", problem.Title);
        Assert.Contains("PNG, JPEG, BMP, GIF or WebP", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TruncatedPngIs400()
    {
        using var response = await app.Client.PredictAsync(Seven[..(Seven.Length / 2)]);

        var problem = await ExpectProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("Truncated image", problem.Title);
    }

    [Fact]
    public async Task MalformedMultipartBodyIs400()
    {
        using var body = new ByteArrayContent("--b\r\nContent-Disposition: form-data; name=\"image\"; filename=\"a.png\"\r\n\r\nabc"u8.ToArray());
        body.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");

        using var response = await app.Client.PostAsync("/api/predict", body);

        var problem = await ExpectProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("Malformed multipart form", problem.Title);
    }

    [Fact]
    public async Task BodyOverFiveMegabytesIs413()
    {
        using var response = await app.Client.PredictAsync(new byte[(5 * 1024 * 1024) + 1]);

        var problem = await ExpectProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("The request body is over the 5 MB limit; send a smaller image.", problem.Detail);
    }

    [Fact]
    public async Task ChunkedBodyOverTheLimitIs413()
    {
        // No Content-Length: the limit is found while reading.
        var form = new MultipartFormDataContent { { new StreamContent(new MemoryStream(new byte[6 * 1024 * 1024])), "image", "big.png" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/predict") { Content = form };
        request.Headers.TransferEncodingChunked = true;

        using var response = await app.Client.SendAsync(request);

        await ExpectProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task PngClaimingHugeDimensionsIs413FromItsHeader()
    {
        byte[] bomb = [.. PngChunks.Signature, .. PngChunks.Header(50000, 50000), .. PngChunks.Chunk("IDAT", [1, 2, 3]), .. PngChunks.Chunk("IEND", [])];

        using var response = await app.Client.PredictAsync(bomb);

        var problem = await ExpectProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("50000x50000", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TiffIs415()
    {
        using var image = Image.Load(Seven);

        using var response = await app.Client.PredictAsync(TestImages.Encode(image, new TiffEncoder()));

        var problem = await ExpectProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("Accepted: PNG, JPEG, BMP, GIF, WebP.", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RawImageBodyInsteadOfFormIs415()
    {
        using var body = new ByteArrayContent(Seven);
        body.Headers.ContentType = new MediaTypeHeaderValue("image/png");

        using var response = await app.Client.PostAsync("/api/predict", body);

        var problem = await ExpectProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("multipart/form-data", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownModelIs404ListingTheModels()
    {
        using var response = await app.Client.PredictAsync(Seven, "?model=lenet");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("Unknown model 'lenet'", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(["ensemble", "basic-cnn", "resnet", "vgg", "mlnet", "all"],
            problem.RootElement.GetProperty("models").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task UnknownIncludeIs400()
    {
        using var response = await app.Client.PredictAsync(Seven, "?include=heatmap");

        var problem = await ExpectProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("include='heatmap' is not known; the only value is 'preprocessed'.", problem.Detail);
    }

    [Fact]
    public async Task ServerKeepsServingAfterEveryKindOfBadInput()
    {
        var noise = new byte[512];
        new Random(5).NextBytes(noise);
        foreach (var bad in new[] { noise, Seven[..100], [], new byte[6 * 1024 * 1024] })
        {
            using var rejected = await app.Client.PredictAsync(bad);
            Assert.InRange((int)rejected.StatusCode, 400, 499);
        }

        using var response = await app.Client.PredictAsync(Seven);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<Microsoft.AspNetCore.Mvc.ProblemDetails> ExpectProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        var problem = await response.ProblemAsync();
        Assert.Equal((int)status, problem.Status);
        return problem;
    }
}
