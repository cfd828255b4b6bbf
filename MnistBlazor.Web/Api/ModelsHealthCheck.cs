using Microsoft.Extensions.Diagnostics.HealthChecks;
using MnistBlazor.Web.Recognition;

namespace MnistBlazor.Web.Api;

/// <summary>Healthy when every model loaded, degraded when some did (the rest serve), unhealthy when none did.</summary>
internal sealed class ModelsHealthCheck(IDigitRecognizer recognizer) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var models = recognizer.Models;
        var available = models.Count(m => m.IsAvailable);
        var description = $"{available} of {models.Count} models available";
        return Task.FromResult(
            available == models.Count ? HealthCheckResult.Healthy(description)
            : available > 0 ? HealthCheckResult.Degraded(description)
            : HealthCheckResult.Unhealthy(description));
    }
}
