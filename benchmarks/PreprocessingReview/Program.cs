using System.Diagnostics;
using System.Numerics.Tensors;
using Microsoft.Extensions.Logging.Abstractions;
using MnistBlazor.Benchmarks.PreprocessingReview;
using MnistBlazor.Recognition;
using MnistBlazor.Recognition.Preprocessing;

// Reads the development sets in process (the app's own preprocessing and models), prints the ensemble's top-guess
// accuracy per set and per kind of image, writes sheets of the misread images and times preprocessing alone.
var root = FindRoot();
var options = ReviewOptions.Parse(args, root);
using var recognizer = StandaloneRecognizer.Create(
    new RecognitionOptions { ModelsDirectory = Path.Combine(root, "models") }, root, NullLoggerFactory.Instance);
var preprocessor = new DigitPreprocessor();

foreach (var folder in options.Sets)
{
    var images = LabelledImage.ReadSet(folder);
    var gallery = new FailureGallery(options.GalleryFolder, Path.GetFileName(folder));
    var byKind = new SortedDictionary<string, (int Right, int Total)>();
    var right = 0;
    foreach (var image in images)
    {
        var bytes = File.ReadAllBytes(image.Path);
        var result = recognizer.Recognize(bytes, ModelIds.Ensemble);
        // -1, right for no digit, when there are no probabilities.
        var guess = TensorPrimitives.IndexOfMax([.. result.Probabilities]);
        var first = image.Details.Trim('"').Split(' ')[0];
        var kind = first.StartsWith("font=", StringComparison.Ordinal) ? first : first.Split('=')[0];
        var (kindRight, kindTotal) = byKind.GetValueOrDefault(kind);
        byKind[kind] = (kindRight + (guess == image.Label ? 1 : 0), kindTotal + 1);
        if (guess == image.Label)
        {
            right++;
            continue;
        }

        gallery.Add(bytes, result.Seen?.ToPng());
        if (options.ListFailures)
        {
            Console.WriteLine($"  {Path.GetFileName(image.Path)} read {guess} ({result.Verdict}, {result.Confidence:P0}) {image.Details}");
        }
    }

    Console.WriteLine($"{Path.GetFileName(folder)}: {right}/{images.Count} = {100.0 * right / images.Count:F1}% top guess right");
    foreach (var (kind, (kindRight, kindTotal)) in byKind)
    {
        Console.WriteLine($"  {kind}: {kindRight}/{kindTotal}");
    }

    foreach (var sheet in gallery.Save())
    {
        Console.WriteLine($"  sheet {sheet}");
    }

    if (options.TimingRuns > 0)
    {
        Console.WriteLine($"  preprocess median {MedianMs(preprocessor, images, options.TimingRuns):F3} ms over {options.TimingRuns} runs of each image");
    }
}

static double MedianMs(DigitPreprocessor preprocessor, IReadOnlyList<LabelledImage> images, int runs)
{
    var timings = new List<double>();
    foreach (var bytes in images.Select(i => File.ReadAllBytes(i.Path)))
    {
        preprocessor.Process(bytes);
        for (var run = 0; run < runs; run++)
        {
            var clock = Stopwatch.StartNew();
            preprocessor.Process(bytes);
            timings.Add(clock.Elapsed.TotalMilliseconds);
        }
    }

    timings.Sort();
    return timings[timings.Count / 2];
}

static string FindRoot()
{
    for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "MnistBlazor.sln")))
        {
            return directory.FullName;
        }
    }

    throw new DirectoryNotFoundException($"No MnistBlazor.sln above {AppContext.BaseDirectory}.");
}
