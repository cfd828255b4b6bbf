using System.CommandLine;
using MnistBlazor.Training.Commands;
using MnistBlazor.Training.Training;
using MnistBlazor.Training.Workflow;
using Spectre.Console.Testing;

namespace MnistBlazor.Tests.Training.Commands;

public sealed class TrainCommandTests
{
    private static readonly ModelPipeline Pipeline = new(
        WorkflowPaths.FromWorkingDirectory(), new TestConsole(), _ => throw new InvalidOperationException("the parser test must not train"));

    [Fact]
    public void NegativePatienceIsRefusedNamingTheOption()
    {
        var result = Parse("train", "--model", "resnet", "--patience", "-1");

        Assert.Contains(result.Errors, e => e.Message == "--patience must be 0 (never stop early) or more.");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    public void ZeroOrPositivePatienceParses(string patience)
    {
        var result = Parse("train", "--model", "vgg", "--patience", patience);

        Assert.Empty(result.Errors);
        Assert.Equal(int.Parse(patience, System.Globalization.CultureInfo.InvariantCulture), result.GetValue<int?>("--patience"));
    }

    [Fact]
    public void AugmentationPresetParsesAndAnUnknownOneIsRefused()
    {
        Assert.Equal(AugmentationPreset.AffineOnly, Parse("train", "--model", "resnet", "--augmentation", "AffineOnly").GetValue<AugmentationPreset?>("--augmentation"));
        Assert.NotEmpty(Parse("train", "--model", "resnet", "--augmentation", "wild").Errors);
    }

    [Fact]
    public void OneFoldIsRefused()
    {
        var result = Parse("train", "--model", "basic-cnn", "--folds", "1");

        Assert.Contains(result.Errors, e => e.Message.Contains("--folds", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("-0.1")]
    public void WeightAverageDecayOfOneOrBelowZeroIsRefused(string decay)
    {
        var result = Parse("train", "--model", "resnet", "--weight-average", decay);

        Assert.Contains(result.Errors, e => e.Message.StartsWith("--weight-average must be", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new[] { "--final-fit" }, true)]
    [InlineData(new[] { "--final-fit", "false" }, false)]
    public void FinalFitParsesAloneOrWithAValue(string[] option, bool expected) =>
        Assert.Equal(expected, Parse(["train", "--model", "vgg", .. option]).GetValue<bool?>("--final-fit"));

    [Fact]
    public void WeightAverageDecayParses() =>
        Assert.Equal(0.999, Parse("train", "--model", "vgg", "--weight-average", "0.999").GetValue<double?>("--weight-average"));

    [Fact]
    public void SeedParses() =>
        Assert.Equal(7L, Parse("train", "--model", "resnet", "--seed", "7").GetValue<long?>("--seed"));

    private static ParseResult Parse(params string[] args) => new RootCommand { TrainCommand.Create(Pipeline, new TestConsole()) }.Parse(args);
}
