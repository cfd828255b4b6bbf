using MnistBlazor.Tests.Training.Data.Fakes;
using MnistBlazor.Training.Data.Acquisition;

namespace MnistBlazor.Tests.Training.Data.Acquisition;

public sealed class NpmRegistryResolverTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();
    private readonly ListLogger _log = new();
    private readonly Dictionary<string, string> _environment = [];
    private string? _npmAnswer;
    private int _npmAsked;

    [Fact]
    public async Task EnvironmentVariableBeatsNpmAndNpmrcFiles()
    {
        _environment["npm_config_registry"] = "http://env.test/";
        _npmAnswer = "http://npm.test/";
        WriteNpmrc("project", "registry=http://project.test/");

        var registry = await Resolver().ResolveAsync(default);

        Assert.Equal(new NpmRegistry(new Uri("http://env.test/"), "environment variable npm_config_registry"), registry);
        Assert.Equal(0, _npmAsked);
    }

    [Fact]
    public async Task UpperCaseEnvironmentVariableCountsToo()
    {
        _environment["NPM_CONFIG_REGISTRY"] = "http://env.test/path";
        _npmAnswer = "http://npm.test/";

        var registry = await Resolver().ResolveAsync(default);

        Assert.Equal("http://env.test/path/", registry.Url.AbsoluteUri);
    }

    [Fact]
    public async Task NpmConfigBeatsNpmrcFiles()
    {
        _npmAnswer = "http://npm.test/\n";
        WriteNpmrc("project", "registry=http://project.test/");

        var registry = await Resolver().ResolveAsync(default);

        Assert.Equal(new NpmRegistry(new Uri("http://npm.test/"), "npm config get registry"), registry);
    }

    [Fact]
    public async Task ProjectNpmrcBeatsUserNpmrcWhenNpmIsAbsent()
    {
        var project = WriteNpmrc("project", "registry=http://project.test/");
        WriteNpmrc("user", "registry=http://user.test/");

        var registry = await Resolver().ResolveAsync(default);

        Assert.Equal(new NpmRegistry(new Uri("http://project.test/"), project), registry);
        Assert.Equal(1, _npmAsked);
    }

    [Fact]
    public async Task UserNpmrcIsUsedWhenTheProjectSetsNoRegistry()
    {
        WriteNpmrc("project", "@corp:registry=http://scoped.test/");
        var user = WriteNpmrc("user", "registry=http://user.test/");

        var registry = await Resolver().ResolveAsync(default);

        Assert.Equal(new NpmRegistry(new Uri("http://user.test/"), user), registry);
    }

    [Fact]
    public async Task PublicRegistryIsTheDefault()
    {
        var registry = await Resolver().ResolveAsync(default);

        Assert.Equal(NpmRegistry.Default, registry);
        Assert.Equal("https://registry.npmjs.org/", registry.Url.AbsoluteUri);
    }

    [Fact]
    public async Task InvalidSettingIsSkippedWithAWarning()
    {
        _environment["npm_config_registry"] = "not a url";
        _npmAnswer = "ftp://npm.test/";
        WriteNpmrc("user", "registry=http://user.test/");

        var registry = await Resolver().ResolveAsync(default);

        Assert.Equal("http://user.test/", registry.Url.AbsoluteUri);
        Assert.Contains(_log.Warnings, w => w.Contains("'not a url' from environment variable npm_config_registry", StringComparison.Ordinal));
        Assert.Contains(_log.Warnings, w => w.Contains("'ftp://npm.test/' from npm config get registry", StringComparison.Ordinal));
    }

    public void Dispose() => _directory.Dispose();

    private NpmRegistryResolver Resolver() => new(
        name => _environment.GetValueOrDefault(name),
        _ =>
        {
            _npmAsked++;
            return Task.FromResult(_npmAnswer);
        },
        [_directory.File("project.npmrc"), _directory.File("user.npmrc")],
        _log);

    private string WriteNpmrc(string which, string text)
    {
        var path = _directory.File($"{which}.npmrc");
        File.WriteAllText(path, text);
        return path;
    }
}
