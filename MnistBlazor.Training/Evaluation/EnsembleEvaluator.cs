using System.Diagnostics;
using System.Numerics.Tensors;
using Microsoft.Extensions.Logging.Abstractions;
using MnistBlazor.Training.Data;
using MnistBlazor.Recognition;
using MnistBlazor.Recognition.Catalog;
using OnnxContract = MnistBlazor.Recognition.Catalog.OnnxContract;

namespace MnistBlazor.Training.Evaluation;

/// <summary>Test performance of the app's ensemble, scored through the app's own recognizer over the members' folder
/// (<see cref="IDigitRecognizer.Probabilities"/>, the same members, views and averaging as a recognition), like a single
/// graph: accuracy, log-loss, confusion matrix, per-class precision and recall.</summary>
public static class EnsembleEvaluator
{
    /// <param name="memberPaths">The members as the app loads them: &lt;member id&gt;.onnx, all in one models folder.</param>
    public static OnnxEvaluation Evaluate(IReadOnlyList<string> memberPaths, IdxImages images, byte[] labels)
    {
        ArgumentNullException.ThrowIfNull(memberPaths);
        ArgumentNullException.ThrowIfNull(images);
        if (memberPaths.Count == 0)
        {
            throw new ArgumentException("The ensemble needs at least one member graph.", nameof(memberPaths));
        }
        EvaluationImages.RequireLabelledDigits(images, labels);
        var folder = MembersFolder(memberPaths);
        var clock = Stopwatch.StartNew();
        // A batch of thousands of images gains from every core, unlike the app's single requests.
        var options = new RecognitionOptions { ModelsDirectory = folder, IntraOpThreads = Environment.ProcessorCount };
        using var recognizer = StandaloneRecognizer.Create(options, folder, NullLoggerFactory.Instance);
        RequireServedAsGiven(recognizer, memberPaths);
        var probabilities = recognizer.Probabilities(DigitBatch.FromGrayLevels(images.Pixels), ModelIds.Ensemble);
        var confusion = Enumerable.Range(0, OnnxContract.ClassCount).Select(_ => new int[OnnxContract.ClassCount]).ToArray();
        var logLoss = 0.0;
        for (var n = 0; n < images.Count; n++)
        {
            var row = probabilities[n];
            confusion[labels[n]][TensorPrimitives.IndexOfMax(row)]++;
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

    /// <summary>The one folder the members lie in under their ids, which is how the app finds them.</summary>
    private static string MembersFolder(IReadOnlyList<string> memberPaths)
    {
        var misnamed = memberPaths.Where(p => !ModelIds.EnsembleMembers.Contains(Path.GetFileNameWithoutExtension(p)) || Path.GetExtension(p) != ".onnx").ToList();
        if (misnamed.Count > 0)
        {
            throw new ArgumentException(
                $"The app's ensemble loads its members as <id>.onnx ({string.Join(", ", ModelIds.EnsembleMembers)}); not {string.Join(", ", misnamed)}.",
                nameof(memberPaths));
        }
        var folders = memberPaths.Select(p => Path.GetDirectoryName(Path.GetFullPath(p))!).Distinct().ToList();
        return folders.Count == 1
            ? folders[0]
            : throw new ArgumentException($"The app's ensemble loads its members from one models folder, not {string.Join(", ", folders)}.", nameof(memberPaths));
    }

    /// <summary>The card must describe what the app serves: exactly these members, every one loaded.</summary>
    private static void RequireServedAsGiven(StandaloneRecognizer recognizer, IReadOnlyList<string> memberPaths)
    {
        var given = memberPaths.Select(Path.GetFileNameWithoutExtension).ToList();
        foreach (var id in given)
        {
            if (recognizer.Catalog.Status(id!) is { IsAvailable: false } status)
            {
                throw new InvalidDataException($"The ensemble's member {id} cannot be scored: {status.UnavailableReason}");
            }
        }
        var extra = recognizer.Catalog.EnsembleMembers.Select(m => m.Id).Except(given).ToList();
        if (extra.Count > 0)
        {
            throw new InvalidDataException(
                $"{recognizer.ModelsDirectory} also holds {string.Join(", ", extra.Select(id => id + ".onnx"))}, which the app's ensemble averages too; score it with every member it serves.");
        }
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
