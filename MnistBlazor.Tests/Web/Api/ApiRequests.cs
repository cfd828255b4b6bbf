using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;

namespace MnistBlazor.Tests.Web.Api;

/// <summary>Building and reading the API's requests and responses.</summary>
internal static class ApiRequests
{
    public static MultipartFormDataContent Form(byte[] image, string field = "image", string fileName = "digit.png")
    {
        var file = new ByteArrayContent(image);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        return new MultipartFormDataContent { { file, field, fileName } };
    }

    public static Task<HttpResponseMessage> PredictAsync(this HttpClient client, byte[] image, string query = "") =>
        client.PostAsync("/api/predict" + query, Form(image));

    public static async Task<ProblemDetails> ProblemAsync(this HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<ProblemDetails>() ?? throw new InvalidOperationException("No problem details.");
    }
}
