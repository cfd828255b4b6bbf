namespace MnistBlazor.Training.Export;

/// <summary>How the exporter writes graphs; the names and shapes they must offer are the app's
/// <see cref="MnistBlazor.Recognition.Catalog.OnnxContract"/>.</summary>
public static class OnnxExportFormat
{
    /// <summary>The symbolic batch dimension, so one graph serves a single drawing and a whole test batch.</summary>
    public const string BatchDimension = "N";

    public const string ModelIdKey = "model_id";

    public const long OpsetVersion = 17;
    public const long IrVersion = 8;
    public const string ProducerName = "MnistBlazor.Training";
}
