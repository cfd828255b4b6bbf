using System.Globalization;

namespace MnistBlazor.Benchmarks.AbuseBenchmarks;

/// <summary>The server process's resident memory from /proc: now, and the peak since <see cref="ResetPeak"/>.</summary>
internal sealed class ServerMemory(int pid)
{
    /// <summary>Writing 5 to clear_refs resets VmHWM, so each file's peak is its own (Linux, same user or root).</summary>
    public void ResetPeak() => File.WriteAllText($"/proc/{pid}/clear_refs", "5");

    public long ResidentMegabytes => Read("VmRSS");

    public long PeakMegabytes => Read("VmHWM");

    private long Read(string field)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        var kilobytes = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        return kilobytes / 1024;
    }
}
