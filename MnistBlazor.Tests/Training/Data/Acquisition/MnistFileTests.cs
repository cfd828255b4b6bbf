using MnistBlazor.Training.Data.Acquisition;

namespace MnistBlazor.Tests.Training.Data.Acquisition;

public sealed class MnistFileTests
{
    private const string Digest = "FF7BCFD416DE33731A308C3F266CC351222C34898ECBEAF847F06E48F7EC33F2";

    [Fact]
    public void DigestIsKeptInLowerCase()
    {
        Assert.Equal(Digest.ToLowerInvariant(), new MnistFile("t10k-labels-idx1-ubyte", Digest).Sha256);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("zz7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2")]
    public void DigestThatIsNotSha256HexIsRejected(string digest)
    {
        var error = Assert.Throws<ArgumentException>(() => new MnistFile("t10k-labels-idx1-ubyte", digest));

        Assert.Contains($"SHA-256 '{digest}' of t10k-labels-idx1-ubyte", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../etc/passwd")]
    [InlineData(".hidden")]
    [InlineData("")]
    public void NameThatIsNotAPlainFileNameIsRejected(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => new MnistFile(name, Digest));

        Assert.Contains($"'{name}' is not a plain file name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StandardSetNamesThePublishedFilesInSplitOrder()
    {
        Assert.Equal(
            ["train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"],
            MnistFileSet.Standard.All.Select(f => f.Name));
    }
}
