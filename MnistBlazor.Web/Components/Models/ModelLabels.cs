using System.Globalization;
using MnistBlazor.Recognition;

namespace MnistBlazor.Web.Components.Models;

/// <summary>How models are named in lists: name, test accuracy, or why they cannot be used.</summary>
public static class ModelLabels
{
    public static string Accuracy(double percent) => percent.ToString("0.00", CultureInfo.InvariantCulture) + " %";

    /// <summary>"98.91 % test accuracy", or "Unavailable: reason".</summary>
    public static string Detail(ModelStatus model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!model.IsAvailable)
        {
            return "Unavailable: " + (model.UnavailableReason ?? "the model could not be loaded.");
        }

        return model.Card is { } card ? $"{Accuracy(card.TestAccuracy)} test accuracy" : "";
    }

    /// <summary>"Basic CNN · 98.91 %" for the closed drop-down.</summary>
    public static string Short(ModelStatus model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.Card is { } card ? $"{model.DisplayName} · {Accuracy(card.TestAccuracy)}" : model.DisplayName;
    }

    /// <summary>The ensemble when it can run, else the first model that can; the ensemble's id when none can.</summary>
    public static string DefaultModelId(IReadOnlyList<ModelStatus> models)
    {
        ArgumentNullException.ThrowIfNull(models);
        return models.FirstOrDefault(m => m.Id == ModelIds.Ensemble && m.IsAvailable)?.Id
            ?? models.FirstOrDefault(m => m.IsAvailable)?.Id
            ?? ModelIds.Ensemble;
    }
}
