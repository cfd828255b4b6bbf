using Google.Protobuf;
using Microsoft.ML.OnnxRuntime;
using MnistBlazor.Training.Export.Onnx;
using MnistBlazor.Training.MlNet;

namespace MnistBlazor.Tests.Training.MlNet;

public sealed class InkProfileTests
{
    [Fact]
    public void BlocksRowsAndColumnsAddUpTheInk()
    {
        var pixels = new float[784];
        pixels[0] = 1f;          // row 0, column 0: block 0
        pixels[5 * 28 + 27] = 0.5f; // row 5, column 27: block 1 * 7 + 6

        var profile = InkProfile.Compute(pixels);

        Assert.Equal(49 + 28 + 28, profile.Length);
        Assert.Equal(1f / 16, profile[0]);
        Assert.Equal(0.5f / 16, profile[13]);
        Assert.Equal(1f, profile[49 + 0]);
        Assert.Equal(0.5f, profile[49 + 5]);
        Assert.Equal(1f, profile[49 + 28 + 0]);
        Assert.Equal(0.5f, profile[49 + 28 + 27]);
        Assert.Equal(1.5f, profile.Skip(49).Take(28).Sum());
    }

    [Fact]
    public void OnnxNodesComputeTheSameProfile()
    {
        var (images, _) = SevenSegmentDigits.Create(5, seed: 9);
        var pixels = images.Pixels.Select(b => b / 255f).ToArray();
        using var session = new InferenceSession(ProfileOnlyGraph().ToByteArray());
        using var input = OrtValue.CreateTensorValueFromMemory(pixels, [5, 1, 28, 28]);
        using var runOptions = new RunOptions();

        using var outputs = session.Run(runOptions, ["image"], [input], ["profile"]);

        var fromOnnx = outputs[0].GetTensorDataAsSpan<float>().ToArray().Chunk(InkProfile.Length).ToArray();
        for (var i = 0; i < 5; i++)
        {
            var fromCSharp = InkProfile.Compute(pixels.AsSpan(i * 784, 784));
            Assert.All(fromCSharp.Zip(fromOnnx[i]), p => Assert.Equal(p.First, p.Second, 1e-5f));
        }
    }

    private static ModelProto ProfileOnlyGraph()
    {
        var model = new ModelProto { IrVersion = 7, Graph = new GraphProto { Name = "ink-profile" } };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = "", Version = 13 });
        model.Graph.Input.Add(OnnxProtoParts.FloatTensor("image", 1, 28, 28));
        model.Graph.Output.Add(OnnxProtoParts.FloatTensor("profile", InkProfile.Length));
        InkProfileGraph.Add(model.Graph, "image", "profile");
        return model;
    }
}
