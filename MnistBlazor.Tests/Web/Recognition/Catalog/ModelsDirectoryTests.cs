using MnistBlazor.Web.Recognition.Catalog;

namespace MnistBlazor.Tests.Web.Recognition.Catalog;

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

    public void Dispose() => Directory.Delete(root, recursive: true);
}
