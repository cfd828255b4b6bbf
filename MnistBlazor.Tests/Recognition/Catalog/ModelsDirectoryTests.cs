using MnistBlazor.Recognition.Catalog;

namespace MnistBlazor.Tests.Recognition.Catalog;

public sealed class ModelsDirectoryTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("mnist-repo-").FullName;

    [Fact]
    public void DefaultIsModelsBesideTheSolutionAboveTheProjectFolder()
    {
        File.WriteAllText(Path.Combine(root, "MnistBlazor.sln"), "");
        var project = Directory.CreateDirectory(Path.Combine(root, "MnistBlazor.Web")).FullName;

        Assert.Equal(Path.Combine(root, "models"), ModelsDirectory.Resolve(null, project));
    }

    [Fact]
    public void ConfiguredRelativeFolderStartsAtTheContentRoot()
    {
        Assert.Equal(Path.Combine(root, "shipped"), ModelsDirectory.Resolve("shipped", root));
    }

    [Fact]
    public void WithoutSolutionTheContentRootsOwnModelsFolderIsUsed()
    {
        Assert.Equal(Path.Combine(root, "models"), ModelsDirectory.Resolve(" ", root));
    }

    [Fact]
    public void PublishedAppPrefersTheModelsFolderBesideItself()
    {
        File.WriteAllText(Path.Combine(root, "MnistBlazor.sln"), "");
        var app = Directory.CreateDirectory(Path.Combine(root, "publish")).FullName;
        Directory.CreateDirectory(Path.Combine(app, "models"));

        Assert.Equal(Path.Combine(app, "models"), ModelsDirectory.Resolve(null, root, app));
    }

    [Fact]
    public void AppWithoutItsOwnModelsFolderFallsBackToTheRepositorysModels()
    {
        File.WriteAllText(Path.Combine(root, "MnistBlazor.sln"), "");
        var app = Directory.CreateDirectory(Path.Combine(root, "bin")).FullName;

        Assert.Equal(Path.Combine(root, "models"), ModelsDirectory.Resolve(null, root, app));
    }

    [Fact]
    public void ConfiguredFolderWinsOverTheAppsOwnModels()
    {
        var app = Directory.CreateDirectory(Path.Combine(root, "publish")).FullName;
        Directory.CreateDirectory(Path.Combine(app, "models"));

        Assert.Equal("/srv/models", ModelsDirectory.Resolve("/srv/models", root, app));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
