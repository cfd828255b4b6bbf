using Microsoft.Extensions.Logging;

namespace MnistBlazor.Recognition.Catalog;

/// <summary>The catalog's log messages, source-generated so nothing is formatted when the level is off.</summary>
internal static partial class CatalogLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded model {ModelId} from {Path} in {Milliseconds:F0} ms")]
    public static partial void Loaded(this ILogger logger, string modelId, string path, double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Model {ModelId} is unavailable: {Reason}")]
    public static partial void Unavailable(this ILogger logger, string modelId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Model {ModelId} has no usable card: {Reason}")]
    public static partial void NoCard(this ILogger logger, string modelId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignoring {Path}: '{Name}' is not a model id (known: {Known})")]
    public static partial void UnknownFile(this ILogger logger, string path, string name, string known);

    [LoggerMessage(Level = LogLevel.Information, Message = "Models in {Directory}: {Available} of {Total} available")]
    public static partial void Summary(this ILogger logger, string directory, int available, int total);
}
