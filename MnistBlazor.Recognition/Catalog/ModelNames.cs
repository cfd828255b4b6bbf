namespace MnistBlazor.Recognition.Catalog;

/// <summary>Names shown for models whose card is missing, and for the ensemble, which has no file.</summary>
public static class ModelNames
{
    public static string DisplayName(string id) => id switch
    {
        ModelIds.Ensemble => "Ensemble",
        ModelIds.BasicCnn => "Basic CNN",
        ModelIds.ResNet => "ResNet",
        ModelIds.Vgg => "VGG-style CNN",
        ModelIds.MlNet => "ML.NET",
        _ => id,
    };
}
