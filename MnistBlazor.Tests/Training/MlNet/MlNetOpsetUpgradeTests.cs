using MnistBlazor.Training.Export.Onnx;
using MnistBlazor.Training.MlNet;

namespace MnistBlazor.Tests.Training.MlNet;

public sealed class MlNetOpsetUpgradeTests
{
    private static ModelProto ModelWith(string opType, long opset)
    {
        var model = new ModelProto { IrVersion = 6, Graph = new GraphProto() };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = "", Version = opset });
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = "ai.onnx.ml", Version = 2 });
        model.Graph.Node.Add(OnnxProtoParts.Node(opType, "only", ["x"], ["y"]));
        return model;
    }

    [Fact]
    public void Opset12IsRaisedTo13WithItsIrVersion()
    {
        var model = ModelWith("Sigmoid", 12);

        MlNetOpsetUpgrade.Apply(model);

        Assert.Equal(13, model.OpsetImport.Single(o => o.Domain.Length == 0).Version);
        Assert.Equal(2, model.OpsetImport.Single(o => o.Domain == "ai.onnx.ml").Version);
        Assert.Equal(7, model.IrVersion);
    }

    [Fact]
    public void OperatorThatChangedInOpset13IsRefused()
    {
        // Softmax's axis semantics changed in opset 13, so relabelling the opset would change its result.
        var model = ModelWith("Softmax", 12);

        var error = Assert.Throws<NotSupportedException>(() => MlNetOpsetUpgrade.Apply(model));

        Assert.Contains("Softmax", error.Message);
    }

    [Fact]
    public void ReduceSumAxesMoveFromAttributeToInput()
    {
        var model = ModelWith("ReduceSum", 12);
        var reduceSum = model.Graph.Node[0];
        reduceSum.Attribute.Add(OnnxProtoParts.Ints("axes", 1));
        reduceSum.Attribute.Add(OnnxProtoParts.Int("keepdims", 1));

        MlNetOpsetUpgrade.Apply(model);

        Assert.Equal(["x", "y_axes"], reduceSum.Input);
        Assert.Equal(["keepdims"], reduceSum.Attribute.Select(a => a.Name));
        var axes = Assert.Single(model.Graph.Initializer);
        Assert.Equal("y_axes", axes.Name);
        Assert.Equal([1L], axes.Int64Data);
    }
}
