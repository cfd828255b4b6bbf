using System.Diagnostics;
using MnistBlazor.Tests.Web.Browser;

namespace MnistBlazor.Tests.Web.Production;

/// <summary>MnistBlazor.Web as README's "Run in production" deploys it: <c>dotnet publish -c Release</c> into a temporary
/// folder, then the published dll in the Production environment on a free loopback port, started from another folder, as
/// <c>dotnet /srv/app/MnistBlazor.Web.dll</c> would be.</summary>
public sealed class PublishedApp : IAsyncLifetime
{
    // Publishing builds the app again in Release: 12-35 s on the shared two-core machine, longer beside the other tests.
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(1);

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("mnist-published-");
    private readonly DirectoryInfo elsewhere = Directory.CreateTempSubdirectory("mnist-working-");
    private WebProcess? process;

    public HttpClient Client { get; private set; } = new();

    public async Task InitializeAsync()
    {
        try
        {
            await PublishAsync(folder.FullName);
            process = await WebProcess.StartAsync(Path.Combine(folder.FullName, "MnistBlazor.Web.dll"), elsewhere.FullName, "Production", StartTimeout);
            Client = new HttpClient { BaseAddress = process.RootUri };
        }
        catch
        {
            // Leave no process or 250 MB folder behind whether or not xunit disposes a fixture that failed (it may run twice).
            await DisposeAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (process is not null)
        {
            await process.DisposeAsync();
            process = null;
        }

        foreach (var directory in new[] { folder, elsewhere })
        {
            directory.Refresh();
            if (directory.Exists)
            {
                directory.Delete(recursive: true);
            }
        }
    }

    private static async Task PublishAsync(string output)
    {
        var project = Path.Combine(WebProcess.SolutionDirectory(), "MnistBlazor.Web", "MnistBlazor.Web.csproj");

        // --no-restore is safe: dotnet test restores the solution, this project included, before any test runs, and the
        // restore does not depend on the configuration. -nodeReuse:false leaves no MSBuild node running (and holding the
        // output pipes) after the test.
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "publish", project, "-c", "Release", "-o", output, "--no-restore", "-nodeReuse:false", "-nologo", "-v", "q" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var publish = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started.");
        var standardOutput = publish.StandardOutput.ReadToEndAsync();
        var standardError = publish.StandardError.ReadToEndAsync();
        try
        {
            await publish.WaitForExitAsync().WaitAsync(PublishTimeout);
        }
        catch (TimeoutException)
        {
            publish.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"dotnet publish did not finish within {PublishTimeout.TotalMinutes:0} minutes.");
        }

        if (publish.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"dotnet publish failed with exit code {publish.ExitCode}:{Environment.NewLine}{await standardOutput}{await standardError}");
        }
    }
}
