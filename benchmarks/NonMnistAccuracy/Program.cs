using System.Diagnostics;
using MnistBlazor.Benchmarks.NonMnistAccuracy;

// Usage: NonMnistAccuracy [server-url] [--sets folder] [--parallel n]
// Starts nothing: the server (dotnet run --project MnistBlazor.Web) must already be running.
var url = "http://localhost:5211";
var setsRoot = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "artifacts", "non-mnist");
var parallel = 2;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--sets" when i + 1 < args.Length: setsRoot = args[++i]; break;
        case "--parallel" when i + 1 < args.Length && int.TryParse(args[i + 1], out var n) && n >= 1: parallel = n; i++; break;
        case var arg when !arg.StartsWith("--", StringComparison.Ordinal) && Uri.TryCreate(arg, UriKind.Absolute, out _): url = arg; break;
        default:
            Console.Error.WriteLine($"Unknown or incomplete argument '{args[i]}'. Usage: NonMnistAccuracy [server-url] [--sets folder] [--parallel n]");
            return 2;
    }
}

var sets = EvaluationSets.Load(Path.GetFullPath(setsRoot));
using var http = new HttpClient { BaseAddress = new Uri(url.TrimEnd('/') + "/"), Timeout = TimeSpan.FromMinutes(2) };
var client = new PredictClient(http);
var tally = new AccuracyTally();
var clock = Stopwatch.StartNew();
foreach (var set in sets)
{
    Console.Error.WriteLine($"{set.Name}: {set.Images.Count} images -> {url}");
    await Parallel.ForEachAsync(set.Images, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (image, ct) =>
    {
        foreach (var answer in await client.PredictAsync(image, ct))
        {
            tally.Add(set.Name, image.Label, answer);
        }
    });
}

Console.WriteLine(AccuracyTable.Render(tally.Rows(["ensemble", "basic-cnn", "resnet", "vgg", "mlnet"])));
Console.Error.WriteLine($"{sets.Sum(s => s.Images.Count)} images in {clock.Elapsed.TotalSeconds:0} s");
return 0;
