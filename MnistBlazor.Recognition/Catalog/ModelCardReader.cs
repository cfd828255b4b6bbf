using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.ML.OnnxRuntime;

namespace MnistBlazor.Recognition.Catalog;

/// <summary>Reads a model's card from models/&lt;id&gt;.json, else from the graph's metadata. The card only describes the
/// model, so a missing or broken card is logged and the model still serves.</summary>
internal static class ModelCardReader
{
    public static ModelCard? Read(string id, string cardPath, InferenceSession session, ILogger logger)
    {
        string? fileProblem = null;
        if (File.Exists(cardPath))
        {
            try
            {
                return Checked(id, ModelCard.FromJson(File.ReadAllText(cardPath)), logger);
            }
            catch (Exception e) when (e is JsonException or IOException or NotSupportedException)
            {
                fileProblem = $"{Path.GetFileName(cardPath)} is unreadable ({e.Message})";
            }
        }
        else
        {
            fileProblem = $"{Path.GetFileName(cardPath)} is missing";
        }

        if (session.ModelMetadata.CustomMetadataMap.TryGetValue(OnnxContract.ModelCardKey, out var embedded))
        {
            try
            {
                var card = Checked(id, ModelCard.FromJson(embedded), logger);
                logger.NoCard(id, $"{fileProblem}; using the card embedded in the graph");
                return card;
            }
            catch (Exception e) when (e is JsonException or NotSupportedException)
            {
                logger.NoCard(id, $"{fileProblem}, and the graph's embedded card is unreadable ({e.Message})");
                return null;
            }
        }

        logger.NoCard(id, $"{fileProblem}, and the graph embeds none");
        return null;
    }

    private static ModelCard Checked(string id, ModelCard card, ILogger logger)
    {
        if (card.Id != id)
        {
            logger.NoCard(id, $"the card names model '{card.Id}'; serving it as '{id}'");
        }

        return card;
    }
}
