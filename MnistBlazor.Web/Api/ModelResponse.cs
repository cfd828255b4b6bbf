using MnistBlazor.Recognition;

namespace MnistBlazor.Web.Api;

/// <summary>One model as GET /api/models lists it.</summary>
/// <param name="Reason">Why the model is unavailable; null when it is available.</param>
/// <param name="TestAccuracy">Percent on the 10,000 MNIST test images, from the model card; null without a card.</param>
public sealed record ModelResponse(
    string Id, string DisplayName, bool Available, string? Reason, double? TestAccuracy, long? ParameterCount)
{
    public static ModelResponse From(ModelStatus status) => new(
        status.Id, status.DisplayName, status.IsAvailable, status.UnavailableReason, status.Card?.TestAccuracy, status.Card?.ParameterCount);
}
