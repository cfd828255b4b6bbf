namespace MnistBlazor.Training.Data.Acquisition;

/// <summary>GET with a bounded wait for the response headers and a failure message that names the URL.</summary>
internal static class HttpDownload
{
    /// <summary>Returns a successful response whose body is still to be read; the caller disposes it.</summary>
    public static async Task<HttpResponseMessage> GetAsync(
        HttpClient http, Uri url, TimeSpan responseTimeout, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(responseTimeout);
        HttpResponseMessage response;
        try
        {
            response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new HttpRequestException($"{url}: no response within {responseTimeout.TotalSeconds:0.#} s.", e);
        }
        catch (HttpRequestException e)
        {
            throw new HttpRequestException($"{url}: {Describe(e)}", e, e.StatusCode);
        }
        if (!response.IsSuccessStatusCode)
        {
            using (response)
            {
                throw new HttpRequestException(
                    $"{url}: HTTP {(int)response.StatusCode} {response.ReasonPhrase}.", null, response.StatusCode);
            }
        }
        return response;
    }

    // HttpRequestException's own message can be generic; the inner socket error then says what actually happened.
    private static string Describe(HttpRequestException e) =>
        e.InnerException is { } inner && !e.Message.Contains(inner.Message, StringComparison.Ordinal)
            ? $"{e.Message} ({inner.Message})"
            : e.Message;
}
