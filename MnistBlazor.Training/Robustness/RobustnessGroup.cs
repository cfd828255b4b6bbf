namespace MnistBlazor.Training.Robustness;

/// <summary>Conditions reported together, with their own mean: MNIST-C's corruptions, or the development families of
/// people's pictures.</summary>
/// <param name="Note">What the group is and how it may be used, for the report.</param>
public sealed record RobustnessGroup(string Title, string Note, IReadOnlyList<RobustnessCondition> Conditions);
