namespace MnistBlazor.Benchmarks.PreprocessingReview;

/// <summary>One image of a generated set: its file, true digit and the generator's note on how it was made.</summary>
internal sealed record LabelledImage(string Set, string Path, int Label, string Details)
{
    /// <summary>Reads a set folder's labels.csv (file,label,details; details never hold a comma).</summary>
    public static IReadOnlyList<LabelledImage> ReadSet(string folder)
    {
        var labels = System.IO.Path.Combine(folder, "labels.csv");
        if (!File.Exists(labels))
        {
            throw new FileNotFoundException($"{folder} is not a complete generated set: it has no labels.csv.", labels);
        }

        var set = System.IO.Path.GetFileName(folder.TrimEnd('/'));
        return File.ReadLines(labels).Skip(1).Where(line => line.Length > 0).Select(line =>
        {
            var fields = line.Split(',', 3);
            return new LabelledImage(set, System.IO.Path.Combine(folder, fields[0]), int.Parse(fields[1]), fields.Length > 2 ? fields[2] : "");
        }).ToList();
    }
}
