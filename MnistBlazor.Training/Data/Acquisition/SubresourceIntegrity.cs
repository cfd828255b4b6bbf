using System.Security.Cryptography;

namespace MnistBlazor.Training.Data.Acquisition;

/// <summary>Checks bytes against an npm <c>dist.integrity</c> value (W3C Subresource Integrity, sha512).</summary>
public static class SubresourceIntegrity
{
    /// <summary>Throws <see cref="MnistSourceException"/> unless some sha512 digest in <paramref name="integrity"/> matches.</summary>
    public static void Verify(string integrity, ReadOnlySpan<byte> data, string what)
    {
        // Several space-separated "alg-base64[?options]" entries may be given; any matching sha512 one suffices.
        var expected = integrity.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(e => e.StartsWith("sha512-", StringComparison.Ordinal))
            .Select(e => e["sha512-".Length..].Split('?')[0])
            .ToList();
        if (expected.Count == 0)
        {
            throw new MnistSourceException($"{what}: integrity '{integrity}' has no sha512 digest to check against.");
        }
        var actual = Convert.ToBase64String(SHA512.HashData(data));
        if (!expected.Contains(actual, StringComparer.Ordinal))
        {
            throw new MnistSourceException(
                $"{what} failed its integrity check: got sha512-{actual}, expected {string.Join(" or ", expected.Select(e => "sha512-" + e))}.");
        }
    }
}
