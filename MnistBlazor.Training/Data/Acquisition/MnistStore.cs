using System.Security.Cryptography;
using Microsoft.Extensions.Logging;

namespace MnistBlazor.Training.Data.Acquisition;

/// <summary>
/// The directory holding the MNIST files. Only files whose SHA-256 matches are kept, and each is written to a temporary
/// file beside its final path and then moved over it, so a reader never sees a half-written file.
/// </summary>
public sealed class MnistStore(string directory, ILogger logger)
{
    /// <summary>Far above MNIST's largest file (47 MB); stops a misbehaving source from filling the disk.</summary>
    public const long MaxFileBytes = 256L * 1024 * 1024;

    private readonly HashSet<string> _verified = [];

    public string Directory { get; } = Path.GetFullPath(directory);

    public string PathOf(MnistFile file) => Path.Combine(Directory, file.Name);

    /// <summary>True once the file is known good: found intact on disk or saved with a matching checksum.</summary>
    public bool Holds(MnistFile file) => _verified.Contains(file.Name);

    /// <summary>Checks a file already on disk; a corrupt or truncated one is logged and reported as not intact.</summary>
    public async Task<bool> VerifyExistingAsync(MnistFile file, CancellationToken cancellationToken)
    {
        var path = PathOf(file);
        if (!File.Exists(path))
        {
            logger.Absent(path);
            return false;
        }
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        var actual = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
        if (actual != file.Sha256)
        {
            logger.Corrupt(path, stream.Length, actual, file.Sha256);
            return false;
        }
        _verified.Add(file.Name);
        return true;
    }

    /// <summary>Writes <paramref name="content"/> as <paramref name="file"/> if its SHA-256 matches; otherwise throws and leaves nothing.</summary>
    public async Task SaveAsync(MnistFile file, Stream content, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var temporary = Path.Combine(Directory, $".{file.Name}.{Guid.NewGuid():N}.part");
        try
        {
            var (length, actual) = await WriteHashedAsync(file, content, temporary, cancellationToken);
            if (actual != file.Sha256)
            {
                throw new MnistSourceException(
                    $"{file.Name}: SHA-256 {actual} of the {length} bytes received does not match the expected {file.Sha256}.");
            }
            var path = PathOf(file);
            File.Move(temporary, path, overwrite: true);
            _verified.Add(file.Name);
            logger.Saved(path, length);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static async Task<(long Length, string Sha256)> WriteHashedAsync(
        MnistFile file, Stream content, string path, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using var output = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        var buffer = new byte[1 << 16];
        long length = 0;
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            length += read;
            if (length > MaxFileBytes)
            {
                throw new MnistSourceException($"{file.Name}: more than {MaxFileBytes} bytes received; no MNIST file is that large.");
            }
            hash.AppendData(buffer, 0, read);
            await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
        // Durable before the move, so a crash cannot leave a verified name over unwritten blocks.
        output.Flush(flushToDisk: true);
        return (length, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }
}
