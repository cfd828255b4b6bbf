namespace MnistBlazor.Training.Data.Acquisition;

/// <summary>A place MNIST files can be downloaded from.</summary>
public interface IMnistSource
{
    /// <summary>Names the source in logs and in the all-sources-failed message, e.g. "mirror https://…/".</summary>
    string Name { get; }

    /// <summary>
    /// Downloads <paramref name="files"/> and hands each to <see cref="MnistStore.SaveAsync"/>, which verifies it.
    /// Throws on the first failure; files saved before it stay saved.
    /// </summary>
    Task FetchAsync(IReadOnlyList<MnistFile> files, MnistStore store, CancellationToken cancellationToken);
}
