namespace MnistBlazor.Training.Architectures;

/// <summary>The MNIST training set's pixel mean and standard deviation, applied inside every network
/// so that the exported graphs take plain 0..1 pixels.</summary>
public static class MnistNormalization
{
    public const float Mean = 0.1307f;
    public const float StdDev = 0.3081f;
}
