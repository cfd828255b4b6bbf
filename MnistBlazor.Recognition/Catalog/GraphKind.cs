using MnistBlazor.Recognition.Gate;

namespace MnistBlazor.Recognition.Catalog;

/// <summary>What a graph in models/ must be: how many probabilities it gives per image, and whether a model card comes
/// with it (a digit model's card carries its test figures; the digit gate has its own card, read by no one at run time).</summary>
internal sealed record GraphKind(int ClassCount, bool HasModelCard)
{
    public static GraphKind DigitModel { get; } = new(OnnxContract.ClassCount, HasModelCard: true);

    public static GraphKind DigitGate { get; } = new(GateContract.ClassCount, HasModelCard: false);
}
