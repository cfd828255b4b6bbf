using System.Numerics.Tensors;
using Google.Protobuf;
using Microsoft.ML.OnnxRuntime;
using MnistBlazor.Tests.Training.MlNet;
using MnistBlazor.Training.Data;
using MnistBlazor.Training.Evaluation;
using MnistBlazor.Training.Export.Onnx;
using MnistBlazor.Training.MlNet;

namespace MnistBlazor.Tests.Training.Evaluation;

public sealed class OnnxModelEvaluatorTests(SyntheticMlNetModel trained) : IClassFixture<SyntheticMlNetModel>
{
    [Fact]
    public void AccuracyEqualsAnArgmaxCountInOnnxRuntime()
    {
        var (images, labels) = trained.Unseen;
        using var session = new InferenceSession(trained.OnnxPath);
        var correct = ContractSession.Probabilities(session, images)
            .Where((row, i) => TensorPrimitives.IndexOfMax(row) == labels[i])
            .Count();

        var evaluation = OnnxModelEvaluator.Evaluate(trained.OnnxPath, images, labels);

        Assert.Equal(images.Count, evaluation.ImageCount);
        Assert.Equal((double)correct / images.Count, evaluation.Accuracy, 1e-12);
        Assert.True(evaluation.Accuracy < 1, "5% wrong labels should keep accuracy below 100%.");
        Assert.Equal(Math.Round(100.0 * correct / images.Count, 2), evaluation.AccuracyPercent);
    }

    [Fact]
    public void ConfusionMatrixRowsCountTheTrueDigits()
    {
        var (images, labels) = trained.Unseen;

        var evaluation = OnnxModelEvaluator.Evaluate(trained.OnnxPath, images, labels);

        Assert.Equal(10, evaluation.ConfusionMatrix.Length);
        Assert.All(evaluation.ConfusionMatrix, row => Assert.Equal(10, row.Length));
        for (var digit = 0; digit < 10; digit++)
        {
            Assert.Equal(labels.Count(l => l == digit), evaluation.ConfusionMatrix[digit].Sum());
        }
        var diagonal = Enumerable.Range(0, 10).Sum(d => evaluation.ConfusionMatrix[d][d]);
        Assert.Equal(evaluation.Accuracy, (double)diagonal / images.Count, 1e-12);
    }

    [Fact]
    public void PerClassMetricsFollowFromTheConfusionMatrix()
    {
        var (images, labels) = trained.Unseen;

        var evaluation = OnnxModelEvaluator.Evaluate(trained.OnnxPath, images, labels);

        var matrix = evaluation.ConfusionMatrix;
        Assert.Equal(Enumerable.Range(0, 10), evaluation.PerClass.Select(c => c.Digit));
        foreach (var metrics in evaluation.PerClass)
        {
            var d = metrics.Digit;
            Assert.Equal((double)matrix[d][d] / matrix[d].Sum(), metrics.Recall, 1e-9);
            Assert.Equal((double)matrix[d][d] / matrix.Sum(row => row[d]), metrics.Precision, 1e-9);
        }
        Assert.InRange(evaluation.LogLoss, 0.01, 10);
    }

    [Fact]
    public void MalformedFileIsNamedInTheError()
    {
        var path = Path.Combine(trained.Folder, "malformed.onnx");
        File.WriteAllBytes(path, [0x08, 0x07, 0x12, 0xFF, 0xFF, 0x01, 0x02]);
        var (images, labels) = trained.Unseen;

        var error = Assert.Throws<InvalidDataException>(() => OnnxModelEvaluator.Evaluate(path, images, labels));

        Assert.Contains(path, error.Message);
        Assert.Contains("not an ONNX model", error.Message);
    }

    [Fact]
    public void MissingFileIsNamedInTheError()
    {
        var path = Path.Combine(trained.Folder, "absent.onnx");
        var (images, labels) = trained.Unseen;

        var error = Assert.Throws<FileNotFoundException>(() => OnnxModelEvaluator.Evaluate(path, images, labels));

        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void GraphOutsideTheContractIsRefusedWithItsInputs()
    {
        var path = Path.Combine(trained.Folder, "mlnet-raw.onnx");
        using (var stream = File.Create(path))
        {
            trained.Model.ConvertToOnnx(stream);
        }
        var (images, labels) = trained.Unseen;

        var error = Assert.Throws<InvalidDataException>(() => OnnxModelEvaluator.Evaluate(path, images, labels));

        Assert.Contains(path, error.Message);
        Assert.Contains("[Label, Pixels, InkProfile]", error.Message);
    }

    [Fact]
    public void GraphOnnxRuntimeCannotLoadIsNamedInTheError()
    {
        var path = Path.Combine(trained.Folder, "unknown-operator.onnx");
        var model = new ModelProto { IrVersion = 7, Graph = new GraphProto { Name = "broken" } };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = "", Version = 13 });
        model.Graph.Input.Add(OnnxProtoParts.FloatTensor("image", 1, 28, 28));
        model.Graph.Output.Add(OnnxProtoParts.FloatTensor("probabilities", 10));
        model.Graph.Node.Add(OnnxProtoParts.Node("NoSuchOperator", "broken", ["image"], ["probabilities"]));
        File.WriteAllBytes(path, model.ToByteArray());
        var (images, labels) = trained.Unseen;

        var error = Assert.Throws<InvalidDataException>(() => OnnxModelEvaluator.Evaluate(path, images, labels));

        Assert.Contains(path, error.Message);
        Assert.Contains("NoSuchOperator", error.Message);
    }

    [Fact]
    public void OutputOfTheWrongWidthIsRefused()
    {
        var path = Path.Combine(trained.Folder, "five-classes.onnx");
        var model = new ModelProto { IrVersion = 7, Graph = new GraphProto { Name = "five" } };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = "", Version = 13 });
        model.Graph.Input.Add(OnnxProtoParts.FloatTensor("image", 1, 28, 28));
        model.Graph.Output.Add(OnnxProtoParts.FloatTensor("probabilities", 5));
        File.WriteAllBytes(path, model.ToByteArray());
        var (images, labels) = trained.Unseen;

        var error = Assert.Throws<InvalidDataException>(() => OnnxModelEvaluator.Evaluate(path, images, labels));

        Assert.Contains(path, error.Message);
        Assert.Contains("'probabilities' has shape [N,5]", error.Message);
    }

    [Fact]
    public void LabelsThatAreNotDigitsAreRefused()
    {
        var images = new IdxImages(2, 28, 28, new byte[2 * 784]);

        var error = Assert.Throws<ArgumentException>(() => OnnxModelEvaluator.Evaluate(trained.OnnxPath, images, new byte[] { 3, 12 }));

        Assert.Contains("Label 12 at index 1", error.Message);
    }
}
