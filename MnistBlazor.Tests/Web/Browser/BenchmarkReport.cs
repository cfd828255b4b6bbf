namespace MnistBlazor.Tests.Web.Browser;

/// <summary>Reports of the browser benchmarks, kept under the test output's artifacts/benchmarks/.</summary>
internal static class BenchmarkReport
{
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "artifacts", "benchmarks");

    public static async Task<string> SaveAsync(string fileName, string text)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = Path.Combine(Directory, fileName);
        await File.WriteAllTextAsync(path, text + Environment.NewLine);
        return path;
    }

    /// <summary>The nearest-rank percentile: a value that was measured, never an interpolation.</summary>
    public static double Percentile(IReadOnlyCollection<double> values, int percent)
    {
        if (values.Count == 0)
        {
            throw new ArgumentException("A percentile needs at least one value.", nameof(values));
        }

        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }
}
