using System.Diagnostics;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.OnnxRuntime;
using MnistBlazor.Training.Data;
using MnistBlazor.Recognition.Catalog;
using OnnxContract = MnistBlazor.Recognition.Catalog.OnnxContract;

namespace MnistBlazor.Training.Evaluation;

/// <summary>Scores any contract .onnx file on labelled images through ML.NET's OnnxTransformer and its multiclass evaluator.</summary>
public static class OnnxModelEvaluator
{
    /// <summary>ONNX graphs nest little; the protobuf default of 100 is plenty.</summary>
    private const int ProtobufRecursionLimit = 100;

    public static OnnxEvaluation Evaluate(string onnxPath, IdxImages images, ReadOnlyMemory<byte> labels, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(images);
        OnnxContractCheck.Require(onnxPath);
        EvaluationImages.RequireLabelledDigits(images, labels);
        var ml = new MLContext(seed: 0);
        var data = ml.Data.LoadFromEnumerable(EvaluationImages.Rows(images, labels, cancellationToken));
        var stopwatch = Stopwatch.StartNew();
        var metrics = ScoreAndEvaluate(ml, onnxPath, data);
        var scoringTime = stopwatch.Elapsed;
        return new OnnxEvaluation(
            onnxPath,
            images.Count,
            metrics.MicroAccuracy,
            metrics.LogLoss,
            ConfusionMatrix(metrics.ConfusionMatrix),
            PerClass(metrics.ConfusionMatrix),
            scoringTime);
    }

    private static MulticlassClassificationMetrics ScoreAndEvaluate(MLContext ml, string onnxPath, IDataView data)
    {
        // One image per run: the contract's batch dimension is symbolic and ML.NET needs fixed shapes.
        var shapes = new Dictionary<string, int[]>
        {
            [OnnxContract.InputName] = [1, 1, OnnxContract.Side, OnnxContract.Side],
            [OnnxContract.OutputName] = [1, OnnxContract.ClassCount],
        };
        try
        {
            // ML.NET loads the graph as soon as the estimator is made, so that belongs inside the try as well.
            var applyGraph = ml.Transforms.ApplyOnnxModel(
                outputColumnNames: [OnnxContract.OutputName],
                inputColumnNames: [OnnxContract.InputName],
                modelFile: onnxPath,
                shapeDictionary: shapes,
                gpuDeviceId: null,
                fallbackToCpu: false,
                recursionLimit: ProtobufRecursionLimit);
            var predictDigit = ml.Transforms.CustomMapping<MostProbableDigit.Probabilities, MostProbableDigit.Prediction>(
                MostProbableDigit.Map, contractName: null);
            var scored = applyGraph.Append(predictDigit).Fit(data).Transform(data);
            return ml.MulticlassClassification.Evaluate(
                scored,
                labelColumnName: nameof(EvaluationImage.Label),
                scoreColumnName: OnnxContract.OutputName,
                predictedLabelColumnName: nameof(MostProbableDigit.Prediction.PredictedLabel));
        }
        catch (OnnxRuntimeException e)
        {
            throw Unusable(onnxPath, e);
        }
        catch (InvalidOperationException e) when (e.InnerException is OnnxRuntimeException runtime)
        {
            throw Unusable(onnxPath, runtime);
        }
    }

    private static InvalidDataException Unusable(string onnxPath, OnnxRuntimeException e) =>
        new($"{onnxPath}: ONNX Runtime cannot use the graph: {e.Message}", e);

    private static int[][] ConfusionMatrix(ConfusionMatrix matrix) =>
        [.. matrix.Counts.Select(row => row.Select(count => (int)count).ToArray())];

    /// <summary>A digit never predicted has no precision (0/0); it is reported as 0 so the card stays valid JSON.</summary>
    private static List<ClassMetrics> PerClass(ConfusionMatrix matrix) =>
        [.. Enumerable.Range(0, matrix.NumberOfClasses).Select(digit => new ClassMetrics(
            digit,
            double.IsNaN(matrix.PerClassPrecision[digit]) ? 0 : matrix.PerClassPrecision[digit],
            double.IsNaN(matrix.PerClassRecall[digit]) ? 0 : matrix.PerClassRecall[digit]))];
}
