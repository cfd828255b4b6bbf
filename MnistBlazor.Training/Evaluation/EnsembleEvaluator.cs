using System.Diagnostics;
using Microsoft.ML.OnnxRuntime;
using MnistBlazor.Training.Data;
using MnistBlazor.Web.Recognition.Catalog;
using MnistBlazor.Web.Recognition.Verdicts;
using OnnxContract = MnistBlazor.Web.Recognition.Catalog.OnnxContract;

namespace MnistBlazor.Training.Evaluation;

/// <summary>Test performance of the app's ensemble: the mean of its members' probabilities, as the recognizer computes
/// it, scored like a single graph (accuracy, log-loss, confusion matrix, per-class precision and recall).</summary>
public static class EnsembleEvaluator
{
    public static OnnxEvaluation Evaluate(IReadOnlyList<string> memberPaths, IdxImages images, byte[] labels)
    {
        ArgumentNullException.ThrowIfNull(images);
        if (memberPaths.Count == 0)
        {
            throw new ArgumentException("The ensemble needs at least one member graph.", nameof(memberPaths));
        }
        EvaluationImages.RequireLabelledDigits(images, labels);
        var clock = Stopwatch.StartNew();
        var mean = MeanProbabilities(memberPaths, images);
        var confusion = Enumerable.Range(0, OnnxContract.ClassCount).Select(_ => new int[OnnxContract.ClassCount]).ToArray();
        var logLoss = 0.0;
        for (var n = 0; n < images.Count; n++)
        {
            var row = mean.AsSpan(n * OnnxContract.ClassCount, OnnxContract.ClassCount);
            confusion[labels[n]][VerdictRule.ArgMax(row)]++;
            logLoss -= Math.Log(Math.Max(row[labels[n]], 1e-15));
        }
        var correct = Enumerable.Range(0, OnnxContract.ClassCount).Sum(d => confusion[d][d]);
        return new OnnxEvaluation(
            string.Join(" + ", memberPaths.Select(Path.GetFileName)),
            images.Count,
            (double)correct / images.Count,
            logLoss / images.Count,
            confusion,
            PerClass(confusion),
            clock.Elapsed);
    }

    /// <summary>Each member's probabilities for every image, averaged by the app's own <see cref="EnsembleAverage"/>.</summary>
    private static float[] MeanProbabilities(IReadOnlyList<string> memberPaths, IdxImages images)
    {
        var pixels = images.Pixels.Select(p => p / 255f).ToArray();
        var members = new List<float[]>();
        foreach (var path in memberPaths)
        {
            OnnxContractCheck.Require(path);
            using var session = new InferenceSession(path);
            using var input = OrtValue.CreateTensorValueFromMemory(pixels, [images.Count, 1, images.Rows, images.Columns]);
            using var runOptions = new RunOptions();
            using var outputs = session.Run(runOptions, [OnnxContract.InputName], [input], [OnnxContract.OutputName]);
            members.Add(outputs[0].GetTensorDataAsSpan<float>().ToArray());
        }
        return EnsembleAverage.Of(members);
    }

    private static ClassMetrics[] PerClass(int[][] confusion) =>
    [
        .. Enumerable.Range(0, OnnxContract.ClassCount).Select(d =>
        {
            var predicted = confusion.Sum(row => row[d]);
            var actual = confusion[d].Sum();
            return new ClassMetrics(d, predicted == 0 ? 0 : (double)confusion[d][d] / predicted, actual == 0 ? 0 : (double)confusion[d][d] / actual);
        }),
    ];
}
