using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using MnistBlazor.Recognition;

namespace MnistBlazor.Web.Api;

/// <summary>The body of /health: the overall status, which models are loaded, and the digit gate.</summary>
public sealed record HealthResponse(string Status, string? Description, IReadOnlyList<HealthModel> Models, HealthModel Gate)
{
    public static HealthCheckOptions Options { get; } = new() { ResponseWriter = WriteAsync };

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var recognizer = context.RequestServices.GetRequiredService<IDigitRecognizer>();
        var json = context.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        var response = new HealthResponse(
            report.Status.ToString(),
            string.Join("; ", report.Entries.Values.Select(e => e.Description).OfType<string>()),
            [.. recognizer.Models.Select(m => new HealthModel(m.Id, m.IsAvailable, m.UnavailableReason))],
            new HealthModel(recognizer.DigitGate.Id, recognizer.DigitGate.IsAvailable, recognizer.DigitGate.UnavailableReason));
        context.Response.ContentType = "application/json";
        return JsonSerializer.SerializeAsync(context.Response.Body, response, json, context.RequestAborted);
    }
}

/// <param name="Reason">Why the model is not loaded; null when it is.</param>
public sealed record HealthModel(string Id, bool Loaded, string? Reason);
