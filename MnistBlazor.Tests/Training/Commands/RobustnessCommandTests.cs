using System.CommandLine;
using MnistBlazor.Recognition.Catalog;
using MnistBlazor.Tests.Recognition.Models;
using MnistBlazor.Tests.Training.Data.Fakes;
using MnistBlazor.Training.Commands;
using MnistBlazor.Training.Data.Acquisition;
using MnistBlazor.Training.Robustness;
using MnistBlazor.Training.Workflow;
using Spectre.Console.Testing;

namespace MnistBlazor.Tests.Training.Commands;

public sealed class RobustnessCommandTests
{
    private static readonly RobustnessGroup Inverted = new("Inverted", "White on black turned black on white.",
        [RobustnessCondition.FromPixels("inverted", (digit, _) => [.. digit.Select(p => (byte)(255 - p))])]);

    [Fact]
    public async Task AQuickRunWritesItsReportAndFiguresUnderArtifacts()
    {
        using var root = new TemporaryDirectory();
        using var models = ModelFolder.WithEveryModel();
        var mnist = WriteTestSet(root.Path, count: 120);
        var console = new TestConsole();
        var command = RobustnessCommand.Create(new WorkflowPaths(root.Path), console, _ => Task.FromResult(mnist), [Inverted]);

        var exit = await new RootCommand { command }.Parse(["robustness", "--quick", "--models", models.Path]).InvokeAsync();

        Assert.Equal(0, exit);
        var report = await File.ReadAllTextAsync(Path.Combine(root.Path, "artifacts", "quick", "robustness.md"));
        Assert.Contains("| clean |", report, StringComparison.Ordinal);
        Assert.Contains("| inverted |", report, StringComparison.Ordinal);
        var card = RobustnessCard.Read(Path.Combine(root.Path, "artifacts", "quick"))!;
        Assert.Equal(100, card.DigitsPerCondition);
        Assert.Equal(["clean", "inverted"], card.Conditions);
        Assert.Contains(card.Models, m => m.Id == "ensemble" && m.Cells.Count == 2);
        Assert.False(File.Exists(Path.Combine(models.Path, RobustnessCard.FileName)), "a quick run must leave the models' figures alone");
    }

    [Fact]
    public async Task NoDigitsAtAllIsRefusedNamingTheOption()
    {
        using var root = new TemporaryDirectory();
        var console = new TestConsole();
        var command = RobustnessCommand.Create(new WorkflowPaths(root.Path), console, _ => throw new InvalidOperationException("not reached"), [Inverted]);

        var exit = await new RootCommand { command }.Parse(["robustness", "--digits", "0"]).InvokeAsync();

        Assert.Equal(1, exit);
        Assert.Contains("--digits must be at least 1 (it is 0).", console.Output, StringComparison.Ordinal);
    }

    private static MnistPaths WriteTestSet(string root, int count)
    {
        var images = Path.Combine(root, "t10k-images-idx3-ubyte");
        var labels = Path.Combine(root, "t10k-labels-idx1-ubyte");
        File.WriteAllBytes(images, SyntheticMnist.Images(count, 28, 28));
        File.WriteAllBytes(labels, SyntheticMnist.Labels([.. Enumerable.Range(0, count).Select(i => (byte)(i % 10))]));
        return new MnistPaths(images, labels, images, labels);
    }
}
