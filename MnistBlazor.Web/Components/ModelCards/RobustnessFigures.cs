using MnistBlazor.Recognition.Catalog;

namespace MnistBlazor.Web.Components.ModelCards;

/// <summary>The MNIST-C figures beside the served models (models/robustness.json), read each time the page asks: the
/// file is a few KB and the robustness command may rewrite it while the app runs.</summary>
public sealed class RobustnessFigures(string modelsDirectory)
{
    /// <summary>The figures, or null when none were measured.</summary>
    /// <exception cref="InvalidDataException">The file is there but is not a robustness card.</exception>
    public RobustnessCard? Read() => RobustnessCard.Read(modelsDirectory);
}
