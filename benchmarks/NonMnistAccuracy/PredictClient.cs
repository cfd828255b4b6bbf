using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace MnistBlazor.Benchmarks.NonMnistAccuracy;

/// <summary>Posts images to a running server's /api/predict?model=all. A 429 is waited out (Retry-After) rather than
/// counted, so the tally does not depend on the server's rate limit; any other failure stops the run.</summary>
public sealed class PredictClient(HttpClient http)
{
    private const int MaxRateLimitWaits = 20;

    public async Task<IReadOnlyList<ModelAnswer>> PredictAsync(LabelledImage image, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(image.Path, cancellationToken);
        for (var attempt = 0; ; attempt++)
        {
            using var form = new MultipartFormDataContent();
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue(MediaType(image.Path));
            form.Add(content, "image", Path.GetFileName(image.Path));
            using var response = await http.PostAsync("api/predict?model=all", form, cancellationToken);
            if (response.StatusCode == HttpStatusCode.TooManyRequests && attempt < MaxRateLimitWaits)
            {
                await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(5), cancellationToken);
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                throw new HttpRequestException($"{image.Path}: {(int)response.StatusCode} {response.ReasonPhrase}: {body}");
            }

            var answer = await response.Content.ReadFromJsonAsync<EveryModelAnswer>(cancellationToken);
            return answer?.Results is { Count: > 0 } results
                ? results
                : throw new InvalidDataException($"{image.Path}: the server's answer has no results.");
        }
    }

    private static string MediaType(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        var other => throw new NotSupportedException($"{path}: no media type for '{other}' files."),
    };
}
