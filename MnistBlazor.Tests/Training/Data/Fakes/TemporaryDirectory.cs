namespace MnistBlazor.Tests.Training.Data.Fakes;

/// <summary>A fresh directory under the system temp folder, removed with everything in it on dispose.</summary>
internal sealed class TemporaryDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("mnist-acq-test-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Every file name present, including hidden temporary ones.</summary>
    public IReadOnlyList<string> FileNames() =>
        Directory.GetFiles(Path).Select(System.IO.Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
