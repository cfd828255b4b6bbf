using MnistBlazor.Training.Data.Acquisition;
using Spectre.Console;

namespace MnistBlazor.Training.Commands;

/// <summary>Turns the failures a user can cause or fix (missing data, bad files, mismatched checkpoints) into one clear
/// line and exit code 1; anything else is a bug and keeps its stack trace.</summary>
public static class CommandErrors
{
    public static async Task<int> RunAsync(IAnsiConsole console, Func<Task<int>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (Exception error) when (error is InvalidDataException or FileNotFoundException or DirectoryNotFoundException
            or MnistUnavailableException or InvalidOperationException or ArgumentException or UnauthorizedAccessException)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {error.Message}");
            return 1;
        }
        catch (OperationCanceledException)
        {
            console.MarkupLine("[yellow]cancelled[/]: the last completed epoch is checkpointed; run again with --resume to continue.");
            return 130;
        }
    }
}
