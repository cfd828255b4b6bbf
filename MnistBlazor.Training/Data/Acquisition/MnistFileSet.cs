namespace MnistBlazor.Training.Data.Acquisition;

/// <summary>The four files of a training/test split; <see cref="Standard"/> is the published MNIST.</summary>
public sealed record MnistFileSet(MnistFile TrainImages, MnistFile TrainLabels, MnistFile TestImages, MnistFile TestLabels)
{
    /// <summary>Digests of the uncompressed IDX files as published by LeCun et al.</summary>
    public static MnistFileSet Standard { get; } = new(
        new("train-images-idx3-ubyte", "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db"),
        new("train-labels-idx1-ubyte", "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5"),
        new("t10k-images-idx3-ubyte", "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7"),
        new("t10k-labels-idx1-ubyte", "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2"));

    public IReadOnlyList<MnistFile> All => [TrainImages, TrainLabels, TestImages, TestLabels];
}
