namespace MnistBlazor.Benchmarks.PreprocessingReview;

/// <summary>Command line: set folders (default: every set under artifacts/non-mnist-dev), where the sheets go,
/// whether to list each failure, and how many timed runs per image (0 = no timing).</summary>
internal sealed record ReviewOptions(IReadOnlyList<string> Sets, string GalleryFolder, bool ListFailures, int TimingRuns)
{
    public static ReviewOptions Parse(string[] args, string root)
    {
        var artifacts = Path.Combine(root, "benchmarks", "artifacts");
        var sets = new List<string>();
        var gallery = Path.Combine(artifacts, "preprocessing-review");
        var list = false;
        var timing = 0;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--gallery":
                    gallery = Value(args, ++i, "--gallery");
                    break;
                case "--list":
                    list = true;
                    break;
                case "--timing":
                    timing = int.TryParse(Value(args, ++i, "--timing"), out var runs) && runs >= 0
                        ? runs
                        : throw new ArgumentException("--timing needs a number of runs, 0 or more.");
                    break;
                default:
                    sets.Add(Path.GetFullPath(args[i]));
                    break;
            }
        }

        if (sets.Count == 0)
        {
            var dev = Path.Combine(artifacts, "non-mnist-dev");
            sets.AddRange(Directory.Exists(dev)
                ? Directory.GetDirectories(dev).Order()
                : throw new DirectoryNotFoundException($"No sets named and no {dev}; run generate.py --dev first."));
        }

        return new ReviewOptions(sets, gallery, list, timing);
    }

    private static string Value(string[] args, int index, string name) =>
        index < args.Length ? args[index] : throw new ArgumentException($"{name} needs a value.");
}
