namespace MnistBlazor.Training.Evaluation;

/// <summary>The names and shapes every graph in models/ shares (see README): image [N,1,28,28] in, probabilities [N,10] out.</summary>
public static class OnnxContract
{
    public const string InputName = "image";
    public const string OutputName = "probabilities";
    public const int Side = 28;
    public const int PixelCount = Side * Side;
    public const int DigitCount = 10;
}
