using System.Diagnostics;
using Microsoft.ML.OnnxRuntime;
using MnistBlazor.Training.Data;
using MnistBlazor.Recognition.Catalog;
using MnistBlazor.Recognition.Preprocessing;
using MnistBlazor.Recognition.Verdicts;
using OnnxContract = MnistBlazor.Recognition.Catalog.OnnxContract;

namespace MnistBlazor.Training.Evaluation;

/// <summary>Test performance of the app's ensemble: the mean of its members' probabilities on each digit and its
/// stability views, as the recognizer computes it, scored like a single graph (accuracy, log-loss, confusion matrix, per-class precision and recall).</summary>
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

    /// <summary>The ensemble's probabilities for every image, [count, 10] flattened, as the recognizer computes them: each
    /// member runs on the digit and its <see cref="StabilityViews"/>, and the app's own <see cref="EnsembleAverage"/>
    /// takes the mean over members and views.</summary>
    private static float[] MeanProbabilities(IReadOnlyList<string> memberPaths, IdxImages images)
    {
        var size = images.Rows * images.Columns;
        if (size != DigitImage.PixelCount)
        {
            throw new ArgumentException($"The ensemble reads 28x28 digits; these images are {images.Columns}x{images.Rows}.", nameof(images));
        }

        var sessions = new List<InferenceSession>();
        try
        {
            foreach (var path in memberPaths)
            {
                OnnxContractCheck.Require(path);
                sessions.Add(new InferenceSession(path));
            }

            var mean = new float[images.Count * OnnxContract.ClassCount];
            var digit = new float[size];
            for (var start = 0; start < images.Count; start += ImagesPerRun)
            {
                var count = Math.Min(ImagesPerRun, images.Count - start);
                var batch = new float[count * StabilityViews.Count * size];
                for (var n = 0; n < count; n++)
                {
                    for (var p = 0; p < size; p++)
                    {
                        digit[p] = images.Pixels[((start + n) * size) + p] / 255f;
                    }
                    StabilityViews.Batch(digit).CopyTo(batch, n * StabilityViews.Count * size);
                }

                var outputs = sessions.Select(session => Run(session, batch, count * StabilityViews.Count)).ToList();
                var rowsPerImage = StabilityViews.Count * OnnxContract.ClassCount;
                for (var n = 0; n < count; n++)
                {
                    var answer = EnsembleAverage.Answer([.. outputs.Select(o => o[(n * rowsPerImage)..((n + 1) * rowsPerImage)])]);
                    answer.CopyTo(mean, (start + n) * OnnxContract.ClassCount);
                }
            }

            return mean;
        }
        finally
        {
            sessions.ForEach(session => session.Dispose());
        }
    }

    /// <summary>Digits per inference call (each with its views), to keep the batch a few megabytes.</summary>
    private const int ImagesPerRun = 500;

    private static float[] Run(InferenceSession session, float[] batch, int count)
    {
        using var input = OrtValue.CreateTensorValueFromMemory(batch, [count, 1, DigitImage.Side, DigitImage.Side]);
        using var runOptions = new RunOptions();
        using var outputs = session.Run(runOptions, [OnnxContract.InputName], [input], [OnnxContract.OutputName]);
        return outputs[0].GetTensorDataAsSpan<float>().ToArray();
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
