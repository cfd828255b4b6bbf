using Microsoft.Extensions.Logging;

namespace MnistBlazor.Training.Data.Acquisition;

/// <summary>The acquisition's log messages, source-generated so nothing is formatted when the level is off.</summary>
internal static partial class AcquisitionLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "{Path} is absent")]
    public static partial void Absent(this ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "{Path} is corrupt or truncated ({Length} bytes, SHA-256 {Actual}, expected {Expected}); it will be fetched again")]
    public static partial void Corrupt(this ILogger logger, string path, long length, string actual, string expected);

    [LoggerMessage(Level = LogLevel.Information, Message = "Saved {Path} ({Length} bytes, SHA-256 verified)")]
    public static partial void Saved(this ILogger logger, string path, long length);

    [LoggerMessage(Level = LogLevel.Information, Message = "Fetching {Files} from {Source}")]
    public static partial void Fetching(this ILogger logger, IEnumerable<MnistFile> files, string source);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Source} failed: {Reason}")]
    public static partial void SourceFailed(this ILogger logger, string source, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Downloading {Url}")]
    public static partial void Downloading(this ILogger logger, Uri url);

    [LoggerMessage(Level = LogLevel.Information, Message = "Using npm registry {Registry} (from {Origin})")]
    public static partial void UsingRegistry(this ILogger logger, Uri registry, string origin);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Tarball} passed its integrity check ({Length} bytes)")]
    public static partial void IntegrityVerified(this ILogger logger, Uri tarball, long length);

    [LoggerMessage(Level = LogLevel.Information, Message = "npm is not available ({Reason}); reading .npmrc files instead")]
    public static partial void NpmUnavailable(this ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "npm config get registry did not answer within {Seconds} s")]
    public static partial void NpmTimedOut(this ILogger logger, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "npm config get registry exited with {Code}: {Error}")]
    public static partial void NpmFailed(this ILogger logger, int code, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignoring registry '{Value}' from {Origin}: not an absolute http(s) URL")]
    public static partial void RegistryIgnored(this ILogger logger, string value, string origin);
}
