using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace MnistBlazor.Recognition.Catalog;

/// <summary>Reads models/ensemble.json, the ensemble's card written by the training project's `evaluate`. The ensemble
/// is not a file, so the card names the member graphs it was measured with; it describes the ensemble only while those
/// are exactly the members that loaded. Otherwise it is logged as stale and the ensemble serves without a card.</summary>
internal static class EnsembleCardReader
{
    public const string FileName = ModelIds.Ensemble + ".json";

    public static ModelCard? Read(string directory, IReadOnlyList<ModelStatus> loadedMembers, ILogger logger)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            logger.NoCard(ModelIds.Ensemble, $"{FileName} is missing (written by the training project's evaluate)");
            return null;
        }

        ModelCard card;
        try
        {
            card = ModelCard.FromJson(File.ReadAllText(path));
        }
        catch (Exception e) when (e is JsonException or IOException or NotSupportedException)
        {
            logger.NoCard(ModelIds.Ensemble, $"{FileName} is unreadable ({e.Message})");
            return null;
        }

        var stale = StaleReason(card, loadedMembers);
        if (stale is not null)
        {
            logger.NoCard(ModelIds.Ensemble, $"{FileName} is stale: {stale}");
            return null;
        }

        return card;
    }

    private static string? StaleReason(ModelCard card, IReadOnlyList<ModelStatus> loadedMembers)
    {
        var measured = (card.Members ?? []).ToDictionary(m => m.Id, m => m.OnnxSha256);
        var serving = loadedMembers.ToDictionary(m => m.Id, m => m.Card?.OnnxSha256);
        if (!measured.Keys.Order().SequenceEqual(serving.Keys.Order()))
        {
            return $"it was measured with [{string.Join(", ", measured.Keys)}] but [{string.Join(", ", serving.Keys)}] loaded";
        }

        var changed = measured.Where(m => !string.Equals(m.Value, serving[m.Key], StringComparison.OrdinalIgnoreCase)).Select(m => m.Key).ToList();
        return changed.Count > 0 ? $"{string.Join(", ", changed)} changed since it was measured" : null;
    }
}
