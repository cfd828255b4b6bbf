using static TorchSharp.torch;

namespace MnistBlazor.Tests.Build;

public sealed class WeakenElfVersionRequirementTests : IDisposable
{
    private const string Version = "GLIBCXX_3.4.32";
    private const ushort Weak = 0x2;
    private readonly string _directory = Directory.CreateTempSubdirectory("elf-patch-").FullName;

    private static string PackagedLibrary
    {
        get
        {
            var root = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            return Path.Combine(root, "torchsharp", "0.107.0", "runtimes", "linux-x64", "native", "libLibTorchSharp.so");
        }
    }

    private string CopyOfPackagedLibrary()
    {
        var copy = Path.Combine(_directory, "libLibTorchSharp.so");
        File.Copy(PackagedLibrary, copy, overwrite: true);
        return copy;
    }

    [Fact]
    public void PackagedLibraryNeedsTheVersionStrictly()
    {
        Assert.Equal((ushort)0, WeakenElfVersionRequirement.ReadFlags(PackagedLibrary, Version));
    }

    [Fact]
    public void WeakeningSetsTheWeakFlagOnThatRequirementOnly()
    {
        var library = CopyOfPackagedLibrary();
        var before = File.ReadAllBytes(library);

        var outcome = WeakenElfVersionRequirement.Weaken(library, Version);

        Assert.Equal(ElfPatchOutcome.Weakened, outcome);
        Assert.Equal(Weak, WeakenElfVersionRequirement.ReadFlags(library, Version));
        Assert.Equal((ushort)0, WeakenElfVersionRequirement.ReadFlags(library, "GLIBCXX_3.4.19"));
        var after = File.ReadAllBytes(library);
        Assert.Equal(before.Length, after.Length);
        Assert.Single(Enumerable.Range(0, before.Length), i => before[i] != after[i]);
    }

    [Fact]
    public void WeakeningTwiceChangesNothingMore()
    {
        var library = CopyOfPackagedLibrary();
        WeakenElfVersionRequirement.Weaken(library, Version);
        var once = File.ReadAllBytes(library);

        var outcome = WeakenElfVersionRequirement.Weaken(library, Version);

        Assert.Equal(ElfPatchOutcome.AlreadyWeak, outcome);
        Assert.Equal(once, File.ReadAllBytes(library));
    }

    [Fact]
    public void VersionTheLibraryDoesNotNameIsLeftAlone()
    {
        var library = CopyOfPackagedLibrary();

        var outcome = WeakenElfVersionRequirement.Weaken(library, "GLIBCXX_9.9.99");

        Assert.Equal(ElfPatchOutcome.NotRequired, outcome);
        Assert.Equal(File.ReadAllBytes(PackagedLibrary), File.ReadAllBytes(library));
    }

    [Fact]
    public void FileThatIsNotElfIsRejectedByName()
    {
        var path = Path.Combine(_directory, "not-a-library.so");
        File.WriteAllText(path, "just text, not an ELF shared object at all, long enough for a header check.........");

        var error = Assert.Throws<InvalidDataException>(() => WeakenElfVersionRequirement.Weaken(path, Version));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SystemLibraryCheckFindsOnlyVersionsItDefines()
    {
        var fake = Path.Combine(_directory, "libstdc++.so.6");
        File.WriteAllBytes(fake, [.. "\0GLIBCXX_3.4.30\0GLIBCXX_3.4.31\0"u8]);

        Assert.True(WeakenElfVersionRequirement.SystemLibraryProvides(fake, "GLIBCXX_3.4.30"));
        Assert.False(WeakenElfVersionRequirement.SystemLibraryProvides(fake, "GLIBCXX_3.4.3"));
        Assert.False(WeakenElfVersionRequirement.SystemLibraryProvides(fake, Version));
    }

    [Fact]
    public void TorchLoadsAndComputesAfterTheBuild()
    {
        using var sum = ones(3, 3).sum();

        Assert.Equal(9f, sum.item<float>());
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
