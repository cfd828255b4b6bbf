using MnistBlazor.Benchmarks.TrainingSpeed;

// Usage: TrainingSpeed [--steps 100] [--warmup 10] [--batch 128] [--threads 2]
var settings = new Dictionary<string, int> { ["--steps"] = 100, ["--warmup"] = 10, ["--batch"] = 128, ["--threads"] = 2 };
for (var i = 0; i < args.Length; i += 2)
{
    if (!settings.ContainsKey(args[i]) || i + 1 >= args.Length || !int.TryParse(args[i + 1], out var value) || value < (args[i] == "--warmup" ? 0 : 1))
    {
        Console.Error.WriteLine($"Bad argument '{args[i]}'. Usage: TrainingSpeed [--steps 100] [--warmup 10] [--batch 128] [--threads 2]");
        return 2;
    }

    settings[args[i]] = value;
}

var timings = TrainingStepTimer.Run(settings["--steps"], settings["--warmup"], settings["--batch"], settings["--threads"]);
Console.WriteLine(timings.Report("TorchSharp", settings["--batch"], settings["--threads"]));
return 0;
