using MnistBlazor.Training.Data.Acquisition;

namespace MnistBlazor.Tests.Training.Data.Acquisition;

public sealed class NpmrcTests
{
    private static readonly Func<string, string?> NoEnvironment = _ => null;

    [Fact]
    public void RegistryLineIsFoundAmongOthers()
    {
        var text = "fund=false\n; registry=http://commented.test/\n# registry=http://hashed.test/\n registry = http://real.test/ \r\naudit=false";

        Assert.Equal("http://real.test/", Npmrc.FindRegistry(text, NoEnvironment));
    }

    [Fact]
    public void ScopedRegistryIsNotTheRegistry()
    {
        Assert.Null(Npmrc.FindRegistry("@corp:registry=http://scoped.test/\n//host/:_authToken=x", NoEnvironment));
    }

    [Fact]
    public void EnvironmentReferenceIsExpanded()
    {
        var registry = Npmrc.FindRegistry("registry=\"${REGISTRY_HOST}/npm/\"", name => name == "REGISTRY_HOST" ? "http://mirror.test" : null);

        Assert.Equal("http://mirror.test/npm/", registry);
    }

    [Fact]
    public void LaterRegistryLineWins()
    {
        Assert.Equal("http://second.test/", Npmrc.FindRegistry("registry=http://first.test/\nregistry=http://second.test/", NoEnvironment));
    }
}
