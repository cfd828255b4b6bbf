using System.Net;
using System.Net.Http.Json;
using MnistBlazor.Tests.Recognition;
using MnistBlazor.Tests.Recognition.Preprocessing;
using MnistBlazor.Web.Api;

namespace MnistBlazor.Tests.Web.Api;

/// <summary>The API over the repository's trained models, with the shipped verdict thresholds.</summary>
public sealed class ShippedModelApiTests
{
    [ShippedModelsFact]
    public async Task DrawnDigitsGetTheRightDigitFromTheDefaultModel()
    {
        using var factory = new ShippedModelsFactory();
        using var client = factory.CreateClient();

        foreach (var (sketch, digit) in DrawnDigits.Known)
        {
            using var response = await client.PredictAsync(DrawnDigits.Png(sketch));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var answer = await response.Content.ReadFromJsonAsync<PredictionResponse>();
            Assert.Equal(("digit", digit), (answer?.Verdict, answer?.Digit));
        }
    }

    /// <summary>The app as shipped: default settings, so the models come from the repository's models/.</summary>
    private sealed class ShippedModelsFactory : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<MnistBlazor.Web.Components.App>;
}
