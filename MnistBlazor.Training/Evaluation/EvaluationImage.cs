using Microsoft.ML.Data;
using OnnxContract = MnistBlazor.Recognition.Catalog.OnnxContract;

namespace MnistBlazor.Training.Evaluation;

/// <summary>One labelled image in the shape the contract graph's input takes.</summary>
internal sealed class EvaluationImage
{
    /// <summary>The true digit; the multiclass evaluator takes a float label as the class index.</summary>
    public float Label { get; set; }

    [ColumnName(OnnxContract.InputName)]
    [VectorType(1, OnnxContract.Side, OnnxContract.Side)]
    public float[] Image { get; set; } = [];
}
