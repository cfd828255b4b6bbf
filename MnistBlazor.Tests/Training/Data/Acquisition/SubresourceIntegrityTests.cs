using System.Security.Cryptography;
using MnistBlazor.Training.Data.Acquisition;

namespace MnistBlazor.Tests.Training.Data.Acquisition;

public sealed class SubresourceIntegrityTests
{
    private static readonly byte[] Data = "tarball bytes"u8.ToArray();
    private static readonly string Digest = "sha512-" + Convert.ToBase64String(SHA512.HashData(Data));

    [Fact]
    public void MatchingSha512Passes()
    {
        var exception = Record.Exception(() => SubresourceIntegrity.Verify(Digest, Data, "tarball"));

        Assert.Null(exception);
    }

    [Fact]
    public void AnyOfSeveralDigestsMayMatch()
    {
        var integrity = $"sha512-{Convert.ToBase64String(new byte[64])} sha1-abc {Digest}?opt";

        var exception = Record.Exception(() => SubresourceIntegrity.Verify(integrity, Data, "tarball"));

        Assert.Null(exception);
    }

    [Fact]
    public void MismatchNamesWhatAndBothDigests()
    {
        var error = Assert.Throws<MnistSourceException>(() => SubresourceIntegrity.Verify(Digest, "other bytes"u8, "tarball x.tgz"));

        Assert.StartsWith("tarball x.tgz failed its integrity check", error.Message, StringComparison.Ordinal);
        Assert.Contains(Digest, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IntegrityWithoutSha512IsRejected()
    {
        var error = Assert.Throws<MnistSourceException>(() => SubresourceIntegrity.Verify("sha1-abc", Data, "tarball"));

        Assert.Contains("has no sha512 digest", error.Message, StringComparison.Ordinal);
    }
}
