using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace MnistBlazor.Tests.Web.Browser;

/// <summary>The app as its own process on a free loopback port: as <c>dotnet run</c> starts it (Development, the repository's
/// models/), so that its memory can be read apart from the test host's and the Playwright client's, or a published copy.</summary>
internal sealed partial class WebProcess : IAsyncDisposable
{
    private readonly Process process;

    private WebProcess(Process process, Uri rootUri)
    {
        this.process = process;
        RootUri = rootUri;
    }

    public Uri RootUri { get; }

    /// <summary>Starts the built MnistBlazor.Web.dll (same configuration as the tests) and waits until it listens.</summary>
    public static Task<WebProcess> StartAsync(TimeSpan timeout)
    {
        var project = Path.Combine(SolutionDirectory(), "MnistBlazor.Web");
        var output = Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory);
        var dll = Path.Combine(project, "bin", Path.GetFileName(Path.GetDirectoryName(output)!), Path.GetFileName(output), "MnistBlazor.Web.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"The web app is not built at {dll}: run dotnet build MnistBlazor.sln first.");
        }

        return StartAsync(dll, project, "Development", timeout);
    }

    /// <summary>Starts <paramref name="dll"/> from <paramref name="workingDirectory"/> in the hosting
    /// environment <paramref name="environment"/>, as a deployment would, and waits until it listens.</summary>
    public static async Task<WebProcess> StartAsync(string dll, string workingDirectory, string environment, TimeSpan timeout)
    {
        // Port 0 lets Kestrel pick a free port; the "Now listening on" line says which, with no race over a port chosen here.
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "--urls", "http://127.0.0.1:0" },
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started.");
        var lastLines = new ConcurrentQueue<string>();
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is null)
            {
                listening.TrySetException(new InvalidOperationException("The web app exited before listening."));
                return;
            }

            lastLines.Enqueue(line.Data);   // the last lines explain a failed start
            if (lastLines.Count > 20)
            {
                lastLines.TryDequeue(out var _);
            }

            if (ListeningLine().Match(line.Data) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups["uri"].Value));
            }
        };
        process.BeginOutputReadLine();
        try
        {
            return new WebProcess(process, await listening.Task.WaitAsync(timeout));
        }
        catch (Exception failure) when (failure is TimeoutException or InvalidOperationException)
        {
            await StopAsync(process);
            var log = string.Join(Environment.NewLine, lastLines);
            throw new InvalidOperationException($"The web app did not start listening within {timeout.TotalSeconds:0} s. Its output:{Environment.NewLine}{log}", failure);
        }
    }

    /// <summary>The process's resident memory now (VmRSS) and at its highest so far (VmHWM), in bytes, and the processor
    /// time it has used.</summary>
    public (long Resident, long Peak, TimeSpan Processor) Usage()
    {
        var status = File.ReadAllLines($"/proc/{process.Id}/status");
        process.Refresh();
        return (Kilobytes(status, "VmRSS:") * 1024, Kilobytes(status, "VmHWM:") * 1024, process.TotalProcessorTime);
    }

    public async ValueTask DisposeAsync() => await StopAsync(process);

    private static async Task StopAsync(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private static long Kilobytes(string[] status, string field) =>
        long.Parse(status.Single(line => line.StartsWith(field, StringComparison.Ordinal))[field.Length..].Trim().Split(' ')[0],
            CultureInfo.InvariantCulture);

    /// <summary>The repository's root: the folder holding MnistBlazor.sln above the test output.</summary>
    public static string SolutionDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MnistBlazor.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No MnistBlazor.sln above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"Now listening on: (?<uri>http://\S+)")]
    private static partial Regex ListeningLine();
}
