using MnistBlazor.Training.Robustness.Corruptions;
using MnistBlazor.Training.Robustness.Families;

namespace MnistBlazor.Training.Robustness;

/// <summary>The groups the robustness command reports, in order.</summary>
public static class RobustnessGroups
{
    public static RobustnessGroup MnistC { get; } = new(
        "MNIST-C",
        "The 15 corruptions of MNIST-C (Mu and Gilmer 2019) at its fixed severities, after its reference code "
        + "(`MnistBlazor.Training/Robustness/Corruptions/`), each digit sent as a 28x28 PNG. MNIST-C is a test: nothing is "
        + "trained, tuned or calibrated on it, and no augmentation copies it.",
        [.. MnistCorruptions.All.Select(c => c.ToCondition())]);

    public static RobustnessGroup DevelopmentFamilies { get; } = new(
        "Development families",
        "Conditions people's pictures have and MNIST-C lacks, made by the project's own generators "
        + "(`MnistBlazor.Training/Robustness/Families/`): photo-like pictures, dark ink on light paper, 140-280 px. They are for "
        + "development: settings and models may be chosen on them, so they are not an independent measure.",
        PictureFamilies.All);

    public static IReadOnlyList<RobustnessGroup> All { get; } = [MnistC, DevelopmentFamilies];
}
