using Microsoft.ML;
using MnistBlazor.Training.Data;

namespace MnistBlazor.Training.MlNet;

/// <summary>A trained mlnet pipeline: scores images in ML.NET and can be written out as ONNX.</summary>
public sealed class MlNetDigitModel
{
    private readonly MLContext _ml;
    private readonly ITransformer _pipeline;

    internal MlNetDigitModel(MLContext ml, ITransformer pipeline, MlNetDigitOptions options, int trainingCount, TimeSpan trainingTime)
    {
        _ml = ml;
        _pipeline = pipeline;
        Options = options;
        TrainingCount = trainingCount;
        TrainingTime = trainingTime;
    }

    public MlNetDigitOptions Options { get; }
    public int TrainingCount { get; }
    public TimeSpan TrainingTime { get; }

    /// <summary>ML.NET's own probabilities, one row of 10 per image (slot k = digit k).</summary>
    public float[][] PredictProbabilities(IdxImages images)
    {
        MlNetDigitData.RequireDigitImages(images);
        var scored = _pipeline.Transform(_ml.Data.LoadFromEnumerable(MlNetDigitData.Unlabelled(images)));
        return [.. _ml.Data.CreateEnumerable<MlNetDigitPrediction>(scored, reuseRowObject: false).Select(p => p.Score)];
    }

    /// <summary>Accuracy and log-loss of ML.NET's own predictions on labelled images.</summary>
    internal (double Accuracy, double LogLoss) Measure(IdxImages images, ReadOnlyMemory<byte> labels)
    {
        var scored = _pipeline.Transform(_ml.Data.LoadFromEnumerable(MlNetDigitData.Rows(images, labels)));
        var metrics = _ml.MulticlassClassification.Evaluate(scored, labelColumnName: MlNetDigitPipeline.LabelKey);
        return (metrics.MicroAccuracy, metrics.LogLoss);
    }

    /// <summary>ML.NET's own ONNX export (opset 12, inputs Label and Pixels); <see cref="MlNetOnnxExport"/> wraps it into the contract.</summary>
    internal void ConvertToOnnx(Stream destination)
    {
        var schemaOnly = _ml.Data.LoadFromEnumerable(Array.Empty<MlNetDigitRow>());
        _ml.Model.ConvertToOnnx(_pipeline, schemaOnly, destination);
    }
}
