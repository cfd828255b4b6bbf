using System.Text.RegularExpressions;

namespace MnistBlazor.Training.Data.Acquisition;

/// <summary>One known MNIST file: its IDX name (as published, without .gz) and the SHA-256 of its uncompressed bytes.</summary>
public sealed partial record MnistFile
{
    public MnistFile(string name, string sha256)
    {
        // The name becomes part of a path and of URLs, so only plain file names are accepted.
        if (string.IsNullOrWhiteSpace(name) || name.IndexOfAny(['/', '\\']) >= 0 || name.StartsWith('.'))
        {
            throw new ArgumentException($"MNIST file name '{name}' is not a plain file name.", nameof(name));
        }
        if (!Sha256Hex().IsMatch(sha256))
        {
            throw new ArgumentException($"SHA-256 '{sha256}' of {name} is not 64 hex digits.", nameof(sha256));
        }
        Name = name;
        Sha256 = sha256.ToLowerInvariant();
    }

    public string Name { get; }

    /// <summary>Lower-case hex digest.</summary>
    public string Sha256 { get; }

    /// <summary>The file name, as logs and messages show it.</summary>
    public override string ToString() => Name;

    [GeneratedRegex("^[0-9a-fA-F]{64}$")]
    private static partial Regex Sha256Hex();
}
