namespace MnistBlazor.Training.Data.Acquisition;

/// <summary>Full paths of the four verified MNIST IDX files, ready for <see cref="IdxReader"/>.</summary>
public sealed record MnistPaths(string TrainImages, string TrainLabels, string TestImages, string TestLabels)
{
    internal static MnistPaths For(MnistStore store, MnistFileSet files) => new(
        store.PathOf(files.TrainImages),
        store.PathOf(files.TrainLabels),
        store.PathOf(files.TestImages),
        store.PathOf(files.TestLabels));
}
