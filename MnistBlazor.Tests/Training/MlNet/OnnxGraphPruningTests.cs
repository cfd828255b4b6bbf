using MnistBlazor.Training.Export.Onnx;
using MnistBlazor.Training.MlNet;

namespace MnistBlazor.Tests.Training.MlNet;

public sealed class OnnxGraphPruningTests
{
    /// <summary>The shape of ML.NET's export: a label branch next to the score branch, both graph outputs.</summary>
    private static GraphProto LabelAndScoreGraph()
    {
        var graph = new GraphProto();
        graph.Input.Add(OnnxProtoParts.FloatTensor("Label", 1));
        graph.Input.Add(OnnxProtoParts.FloatTensor("Pixels", 784));
        graph.Initializer.Add(OnnxProtoParts.Int64Vector("labelKeys", 0, 1));
        graph.Initializer.Add(OnnxProtoParts.Int64Vector("scale", 2));
        graph.Node.Add(OnnxProtoParts.Node("LabelEncoder", "encode", ["Label", "labelKeys"], ["LabelKey"]));
        graph.Node.Add(OnnxProtoParts.Node("Mul", "scale", ["Pixels", "scale"], ["Scaled"]));
        graph.Node.Add(OnnxProtoParts.Node("Identity", "score", ["Scaled"], ["Score.output"]));
        graph.Node.Add(OnnxProtoParts.Node("Identity", "label", ["LabelKey"], ["Label.output"]));
        graph.Output.Add(OnnxProtoParts.FloatTensor("Score.output", 10));
        graph.Output.Add(OnnxProtoParts.FloatTensor("Label.output", 1));
        graph.ValueInfo.Add(OnnxProtoParts.FloatTensor("Scaled", 784));
        return graph;
    }

    [Fact]
    public void LabelBranchIsRemovedWithItsInput()
    {
        var graph = LabelAndScoreGraph();

        OnnxGraphPruning.KeepOnlyWhatFeeds(graph, "Score.output");

        Assert.Equal(["scale", "score"], graph.Node.Select(n => n.Name));
        Assert.Equal(["Pixels"], graph.Input.Select(i => i.Name));
        Assert.Equal(["scale"], graph.Initializer.Select(t => t.Name));
        Assert.Equal(["Score.output"], graph.Output.Select(o => o.Name));
        Assert.Empty(graph.ValueInfo);
    }

    [Fact]
    public void MissingOutputIsNamedWithTheOutputsThereAre()
    {
        var graph = LabelAndScoreGraph();

        var error = Assert.Throws<InvalidOperationException>(() => OnnxGraphPruning.KeepOnlyWhatFeeds(graph, "Probability.output"));

        Assert.Contains("'Probability.output'", error.Message);
        Assert.Contains("Score.output, Label.output", error.Message);
    }
}
