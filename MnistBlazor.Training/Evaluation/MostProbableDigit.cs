using System.Numerics.Tensors;
using Microsoft.ML.Data;
using OnnxContract = MnistBlazor.Recognition.Catalog.OnnxContract;

namespace MnistBlazor.Training.Evaluation;

/// <summary>The multiclass evaluator insists on a predicted-label key column, which a contract graph does not output:
/// this mapping derives it from the probabilities (key k+1 = digit k, ML.NET keys being 1-based).</summary>
internal static class MostProbableDigit
{
    public sealed class Probabilities
    {
        [ColumnName(OnnxContract.OutputName)]
        [VectorType(OnnxContract.ClassCount)]
        public float[] Values { get; set; } = [];
    }

    public sealed class Prediction
    {
        [KeyType(OnnxContract.ClassCount)]
        public uint PredictedLabel { get; set; }
    }

    public static void Map(Probabilities input, Prediction output)
    {
        output.PredictedLabel = (uint)TensorPrimitives.IndexOfMax(input.Values) + 1;
    }
}
