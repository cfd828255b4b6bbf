using Microsoft.ML.OnnxRuntime;
using MnistBlazor.Training.Data;

namespace MnistBlazor.Training.Evaluation;

/// <summary>Test accuracy of the app's ensemble: the mean of its members' probabilities, as the recognizer computes it.</summary>
public static class EnsembleEvaluator
{
    public static double AccuracyPercent(IReadOnlyList<string> memberPaths, IdxImages images, byte[] labels)
    {
        if (memberPaths.Count == 0)
        {
            throw new ArgumentException("The ensemble needs at least one member graph.", nameof(memberPaths));
        }
        var pixels = images.Pixels.Select(p => p / 255f).ToArray();
        var sum = new float[images.Count * 10];
        foreach (var path in memberPaths)
        {
            using var session = new InferenceSession(path);
            using var input = OrtValue.CreateTensorValueFromMemory(pixels, [images.Count, 1, images.Rows, images.Columns]);
            using var runOptions = new RunOptions();
            using var outputs = session.Run(runOptions, ["image"], [input], ["probabilities"]);
            var probabilities = outputs[0].GetTensorDataAsSpan<float>();
            for (var i = 0; i < sum.Length; i++)
            {
                sum[i] += probabilities[i];
            }
        }
        var correct = 0;
        for (var n = 0; n < images.Count; n++)
        {
            var row = sum.AsSpan(n * 10, 10);
            var best = 0;
            for (var d = 1; d < 10; d++)
            {
                if (row[d] > row[best])
                {
                    best = d;
                }
            }
            correct += best == labels[n] ? 1 : 0;
        }
        return Math.Round(100.0 * correct / images.Count, 2);
    }
}
