using System.Globalization;
using MnistBlazor.Benchmarks.AbuseBenchmarks;

// Usage: AbuseBenchmarks flood [server-url] [--idle s] [--flood s] [--rate n] [--out file]
//        AbuseBenchmarks crafted [server-url] --pid PID [--out file]
// Starts nothing: the server (dotnet run -c Release --project MnistBlazor.Web) must already be running.
if (args.Length == 0 || args[0] is not ("flood" or "crafted"))
{
    Console.Error.WriteLine("Usage: AbuseBenchmarks flood|crafted [server-url] [options]");
    return 2;
}

var command = args[0];
var url = "http://localhost:5211";
var idle = TimeSpan.FromSeconds(20);
var flood = TimeSpan.FromSeconds(10);
var rate = 1000;
var pid = 0;
var output = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "artifacts", "abuse", $"{command}.md");
for (var i = 1; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--idle" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var s) && s > 0: idle = TimeSpan.FromSeconds(s); i++; break;
        case "--flood" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var s) && s > 0: flood = TimeSpan.FromSeconds(s); i++; break;
        case "--rate" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var r) && r > 0: rate = r; i++; break;
        case "--pid" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var p) && p > 0: pid = p; i++; break;
        case "--out" when i + 1 < args.Length: output = args[++i]; break;
        case var arg when !arg.StartsWith("--", StringComparison.Ordinal) && Uri.TryCreate(arg, UriKind.Absolute, out _): url = arg; break;
        default:
            Console.Error.WriteLine($"Unknown or incomplete argument '{args[i]}'.");
            return 2;
    }
}

var root = new Uri(url.TrimEnd('/') + "/");
string report;
var met = true;
if (command == "crafted")
{
    if (pid == 0)
    {
        Console.Error.WriteLine("crafted needs --pid: the server's process id, whose memory is read from /proc.");
        return 2;
    }

    report = await new CraftedRun(root, new ServerMemory(pid)).RunAsync();
}
else
{
    await using var page = await FloodingPage.OpenAsync(root);
    using var probe = new RestProbe(root, await page.InkAsync());
    Console.Error.WriteLine($"Idle: another client's REST calls, 10 a second, for {idle.TotalSeconds:0} s…");
    var quiet = await probe.RunAsync(idle);
    Console.Error.WriteLine($"Flood: the page calls OnInk {rate} times a second for {flood.TotalSeconds:0} s while the client goes on…");
    var flooding = page.FloodAsync(rate, flood);
    var loaded = await probe.RunAsync(flood);
    var sent = await flooding;
    report = FloodReport.Render(root, rate, flood, quiet, loaded, sent);
    met = loaded.Failed == 0 && loaded.Median <= 2 * quiet.Median;
}

Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
await File.WriteAllTextAsync(output, report);
Console.WriteLine(report);
return met ? 0 : 1;
