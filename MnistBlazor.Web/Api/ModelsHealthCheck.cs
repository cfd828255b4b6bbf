using Microsoft.Extensions.Diagnostics.HealthChecks;
using MnistBlazor.Recognition;

namespace MnistBlazor.Web.Api;

/// <summary>Healthy when every model and the digit gate loaded, degraded when some did (the rest serve; without the gate,
/// "unsure" rests on the models' confidence alone), unhealthy when no model did.</summary>
internal sealed class ModelsHealthCheck(IDigitRecognizer recognizer) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var models = recognizer.Models;
        var available = models.Count(m => m.IsAvailable);
        var gate = recognizer.DigitGate;
        var description = $"{available} of {models.Count} models available"
            + (gate.IsAvailable ? "" : $"; digit gate unavailable: {gate.UnavailableReason}");
        return Task.FromResult(
            available == models.Count && gate.IsAvailable ? HealthCheckResult.Healthy(description)
            : available > 0 ? HealthCheckResult.Degraded(description)
            : HealthCheckResult.Unhealthy(description));
    }
}
