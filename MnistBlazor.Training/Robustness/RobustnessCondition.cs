namespace MnistBlazor.Training.Robustness;

/// <summary>One way of changing a 28x28 MNIST test digit (bytes, white ink on black) before it is recognized: a corruption
/// of MNIST-C, or none for the clean baseline. Deterministic for a given <see cref="Random"/>.</summary>
public sealed record RobustnessCondition(string Name, Func<byte[], Random, byte[]> Apply)
{
    public const string CleanName = "clean";

    /// <summary>The test digit as it is: the baseline every corruption is compared with.</summary>
    public static RobustnessCondition Clean { get; } = new(CleanName, (digit, _) => digit);
}
