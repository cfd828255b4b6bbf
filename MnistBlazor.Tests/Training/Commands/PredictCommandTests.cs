using System.CommandLine;
using System.Text.Json;
using MnistBlazor.Tests.Recognition;
using MnistBlazor.Tests.Recognition.Models;
using MnistBlazor.Tests.Recognition.Preprocessing;
using MnistBlazor.Training.Commands;
using Spectre.Console;

namespace MnistBlazor.Tests.Training.Commands;

public sealed class PredictCommandTests : IDisposable
{
    private readonly ModelFolder models = ModelFolder.WithEveryModel();
    private readonly string images = Directory.CreateTempSubdirectory("mnist-predict-").FullName;
    private readonly StringWriter output = new();

    public PredictCommandTests()
    {
        File.WriteAllBytes(Path.Combine(images, "a-seven.png"), DrawnDigits.Png(DigitSketch.Seven));
        File.WriteAllBytes(Path.Combine(images, "b-blank.png"), DrawnDigits.BlankPng());
        Directory.CreateDirectory(Path.Combine(images, "more"));
        File.WriteAllBytes(Path.Combine(images, "more", "c-two.png"), DrawnDigits.Png(DigitSketch.Two));
    }

    [Fact]
    public async Task BadFileInAFolderGetsItsOwnErrorLineAndTheRestGoOn()
    {
        File.WriteAllText(Path.Combine(images, "b-notes.txt"), "not an image");

        var exitCode = await InvokeAsync("predict", images, "--models", models.Path);

        Assert.Equal(1, exitCode);
        var lines = output.ToString().Split('\n');
        Assert.Contains(lines, l => l.Contains("b-notes.txt") && l.Contains("error") && l.Contains("The data is not a PNG"));
        // Random-weight models: the drawn digits get an answer with a top 3, whatever its verdict.
        Assert.Contains(lines, l => l.Contains("a-seven.png") && !l.Contains("error") && l.Contains('%'));
        Assert.Contains(lines, l => l.Contains("c-two.png") && !l.Contains("error") && l.Contains('%'));
        Assert.Contains(lines, l => l.Contains("b-blank.png") && l.Contains("no-digit"));
        Assert.Contains("4 file(s) with ensemble: 3 answered, 1 failed", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonGivesDigitConfidenceVerdictAndTopThreePerFile()
    {
        var exitCode = await InvokeAsync("predict", Path.Combine(images, "a-seven.png"), Path.Combine(images, "b-blank.png"),
            "--json", "--model", "vgg", "--models", models.Path);

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output.ToString());
        var files = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, files.Count);
        var seven = files[0];
        Assert.Equal("vgg", seven.GetProperty("model").GetString());
        Assert.Equal(3, seven.GetProperty("top3").GetArrayLength());
        var top = seven.GetProperty("top3")[0];
        Assert.Equal(seven.GetProperty("confidence").GetSingle(), top.GetProperty("probability").GetSingle());
        Assert.Equal("no-digit", files[1].GetProperty("verdict").GetString());
        Assert.Equal(JsonValueKind.Null, files[1].GetProperty("digit").ValueKind);
    }

    [Fact]
    public async Task MissingPathIsAnErrorLine()
    {
        var missing = Path.Combine(images, "gone.png");

        var exitCode = await InvokeAsync("predict", missing, "--json", "--models", models.Path);

        Assert.Equal(1, exitCode);
        using var json = JsonDocument.Parse(output.ToString());
        Assert.Equal("no such file or folder", json.RootElement[0].GetProperty("error").GetString());
    }

    [Fact]
    public async Task UnavailableModelStopsBeforeAnyFile()
    {
        models.Corrupt("vgg");

        var exitCode = await InvokeAsync("predict", images, "--model", "vgg", "--models", models.Path);

        Assert.Equal(2, exitCode);
        Assert.Contains("model 'vgg' is unavailable: vgg.onnx is not a loadable ONNX model", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownModelIsRefusedByTheParser()
    {
        using var errors = new StringWriter();

        var exitCode = await InvokeAsync(["predict", images, "--model", "lenet"], errors);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("lenet", errors.ToString(), StringComparison.Ordinal);
    }

    private Task<int> InvokeAsync(params string[] args) => InvokeAsync(args, TextWriter.Null);

    private Task<int> InvokeAsync(string[] args, TextWriter errors)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 240;
        var root = new RootCommand { PredictCommand.Create(console) };
        return root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = errors });
    }

    public void Dispose()
    {
        output.Dispose();
        models.Dispose();
        Directory.Delete(images, recursive: true);
    }
}
