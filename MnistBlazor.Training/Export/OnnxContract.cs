namespace MnistBlazor.Training.Export;

/// <summary>The interface every graph in models/ offers the app: 0..1 pixels in, class probabilities out.</summary>
public static class OnnxContract
{
    public const string InputName = "image";
    public const string OutputName = "probabilities";

    /// <summary>The symbolic batch dimension, so one graph serves a single drawing and a whole test batch.</summary>
    public const string BatchDimension = "N";

    public const long ImageSize = 28;
    public const long ClassCount = 10;

    public const string ModelCardKey = "model_card";
    public const string ModelIdKey = "model_id";

    public const long OpsetVersion = 17;
    public const long IrVersion = 8;
    public const string ProducerName = "MnistBlazor.Training";
}
