using MnistBlazor.Recognition.Catalog;

namespace MnistBlazor.Training.Evaluation;

/// <summary>How a contract ONNX graph did on a labelled image set (normally the 10,000 MNIST test images):
/// what <see cref="ModelCard"/> records about test performance.</summary>
/// <param name="Accuracy">Fraction 0..1 of images whose most probable digit is the true one.</param>
/// <param name="ConfusionMatrix">10x10 counts, rows true digits, columns predicted digits.</param>
/// <param name="ScoringTime">Wall time to score all images through ML.NET's OnnxTransformer, one image per run.</param>
public sealed record OnnxEvaluation(
    string ModelPath,
    int ImageCount,
    double Accuracy,
    double LogLoss,
    int[][] ConfusionMatrix,
    IReadOnlyList<ClassMetrics> PerClass,
    TimeSpan ScoringTime)
{
    /// <summary>Accuracy in percent rounded to two decimals, as <see cref="ModelCard.TestAccuracy"/> holds it.</summary>
    public double AccuracyPercent => Math.Round(Accuracy * 100, 2);
}
