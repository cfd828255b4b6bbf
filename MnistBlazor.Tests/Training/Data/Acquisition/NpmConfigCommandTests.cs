using System.Runtime.Versioning;
using MnistBlazor.Tests.Training.Data.Fakes;
using MnistBlazor.Training.Data.Acquisition;

namespace MnistBlazor.Tests.Training.Data.Acquisition;

/// <summary>Runs small shell scripts standing in for npm, so the tests do not depend on npm being installed.</summary>
[UnsupportedOSPlatform("windows")]
public sealed class NpmConfigCommandTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();
    private readonly ListLogger _log = new();

    [Fact]
    public async Task NpmAnswerIsReturnedTrimmed()
    {
        var npm = WriteScript("echo \"$1 $2 $3\" >&2; echo ' http://npm.test/ '");

        var answer = await NpmConfigCommand.GetRegistryAsync(npm, _directory.Path, _log, default);

        Assert.Equal("http://npm.test/", answer);
    }

    [Fact]
    public async Task MissingNpmGivesNoAnswer()
    {
        var answer = await NpmConfigCommand.GetRegistryAsync(_directory.File("no-such-npm"), _directory.Path, _log, default);

        Assert.Null(answer);
        Assert.Contains(_log.Entries, e => e.Message.StartsWith("npm is not available", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FailingNpmGivesNoAnswerAndLogsWhy()
    {
        var npm = WriteScript("echo 'config is broken' >&2; exit 3");

        var answer = await NpmConfigCommand.GetRegistryAsync(npm, _directory.Path, _log, default);

        Assert.Null(answer);
        Assert.Contains(_log.Warnings, w => w.Contains("exited with 3: config is broken", StringComparison.Ordinal));
    }

    public void Dispose() => _directory.Dispose();

    private string WriteScript(string body)
    {
        var path = _directory.File("npm");
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }
}
