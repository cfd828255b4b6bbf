using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MnistBlazor.Web.Api;

/// <summary>The multipart form POST /api/predict reads, for the OpenAPI document.</summary>
internal static class PredictForm
{
    public static Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var image = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Format = "binary",
            Description = "The image: PNG, JPEG, BMP, GIF or WebP.",
        };
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["multipart/form-data"] = new()
                {
                    Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Properties = new Dictionary<string, IOpenApiSchema> { [PredictEndpoint.ImageField] = image },
                        Required = new HashSet<string> { PredictEndpoint.ImageField },
                    },
                },
            },
        };
        return Task.CompletedTask;
    }
}
