using System.Globalization;

namespace MnistBlazor.Benchmarks.NonMnistAccuracy;

/// <summary>Reads the sets written by benchmarks/non-mnist-sets/generate.py: one folder per set, each with a
/// labels.csv whose first two columns are file and label (a header row first).</summary>
public static class EvaluationSets
{
    public const string LabelsFile = "labels.csv";

    public static IReadOnlyList<EvaluationSet> Load(string root)
    {
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"No evaluation sets at '{root}': run benchmarks/non-mnist-sets/generate.py first.");
        }

        var sets = Directory.GetDirectories(root)
            .Where(folder => File.Exists(Path.Combine(folder, LabelsFile)))
            .Order(StringComparer.Ordinal)
            .Select(folder => new EvaluationSet(Path.GetFileName(folder), ReadLabels(folder)))
            .ToList();
        return sets.Count > 0
            ? sets
            : throw new InvalidDataException($"No folder under '{root}' has a {LabelsFile}: run benchmarks/non-mnist-sets/generate.py first.");
    }

    public static IReadOnlyList<LabelledImage> ReadLabels(string folder)
    {
        var labelsPath = Path.Combine(folder, LabelsFile);
        var images = new List<LabelledImage>();
        foreach (var (line, number) in File.ReadLines(labelsPath).Select((line, i) => (line, i + 1)).Skip(1))
        {
            if (line.Length == 0)
            {
                continue;
            }

            var columns = line.Split(',', 3);
            if (columns.Length < 2 || !int.TryParse(columns[1], NumberStyles.None, CultureInfo.InvariantCulture, out var label) || label > 9)
            {
                throw new InvalidDataException($"{labelsPath}:{number}: expected 'file,digit', got '{line}'.");
            }

            var path = Path.Combine(folder, columns[0]);
            images.Add(File.Exists(path) ? new LabelledImage(path, label) : throw new FileNotFoundException($"{labelsPath}:{number}: no file '{columns[0]}'.", path));
        }

        return images.Count > 0 ? images : throw new InvalidDataException($"{labelsPath} lists no images.");
    }
}
