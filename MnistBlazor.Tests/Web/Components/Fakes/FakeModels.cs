using MnistBlazor.Recognition;
using MnistBlazor.Recognition.Catalog;

namespace MnistBlazor.Tests.Web.Components.Fakes;

/// <summary>Model statuses and cards like the shipped ones.</summary>
public static class FakeModels
{
    public static IReadOnlyList<ModelStatus> All() =>
    [
        new(ModelIds.Ensemble, "Ensemble", true, null, null),
        new(ModelIds.BasicCnn, "Basic CNN", true, null, Card(ModelIds.BasicCnn, "Basic CNN", 99.12)),
        new(ModelIds.ResNet, "ResNet", true, null, Card(ModelIds.ResNet, "ResNet", 99.47)),
        new(ModelIds.Vgg, "VGG", false, "models/vgg.onnx is missing.", null),
        new(ModelIds.MlNet, "ML.NET", true, null, Card(ModelIds.MlNet, "ML.NET", 97.80)),
    ];

    public static ModelCard Card(string id, string name, double accuracy) => new()
    {
        Id = id,
        DisplayName = name,
        Architecture = "conv(32) → conv(64) → dense(128) → dense(10)",
        ParameterCount = 225_034,
        TestAccuracy = accuracy,
        Epochs = 3,
        TrainingSeconds = 95,
        ConfusionMatrix = Confusion(),
        TrainingCurve =
        [
            new TrainingCurvePoint(1, 0.31, 0.12, 0.962, 0.001),
            new TrainingCurvePoint(2, 0.09, 0.06, 0.981, 0.0005),
            new TrainingCurvePoint(3, 0.05, 0.04, 0.989, 0.00025),
        ],
        CreatedUtc = new DateTimeOffset(2025, 11, 25, 12, 0, 0, TimeSpan.Zero),
        OnnxSha256 = new string('a', 64),
        Command = "mnist train " + id,
    };

    /// <summary>980 of each digit, with 4s taken for 9s twelve times.</summary>
    public static int[][] Confusion()
    {
        var matrix = new int[10][];
        for (var truth = 0; truth < 10; truth++)
        {
            matrix[truth] = new int[10];
            matrix[truth][truth] = 980;
        }

        matrix[4][4] = 968;
        matrix[4][9] = 12;
        matrix[7][1] = 3;
        return matrix;
    }
}
