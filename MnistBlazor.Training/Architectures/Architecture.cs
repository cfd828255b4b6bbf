using static TorchSharp.torch;

namespace MnistBlazor.Training.Architectures;

/// <summary>The deep networks by model id; the ids name the files in models/ and the API's model values.</summary>
public static class Architecture
{
    public const string BasicCnnId = "basic-cnn";
    public const string ResNetId = "resnet";
    public const string VggId = "vgg";

    /// <summary>Not a digit model: the gate that tells digits from letters and scribbles (folder Gate/).</summary>
    public const string GateId = "digit-gate";

    public static IReadOnlyList<string> DeepModelIds { get; } = [BasicCnnId, ResNetId, VggId];

    public static nn.Module<Tensor, Tensor> Create(string id) => id switch
    {
        BasicCnnId => new BasicCnn(),
        ResNetId => new ResNet(),
        VggId => new Vgg(),
        GateId => new BasicCnn(classes: 2, width: 16),
        _ => throw new ArgumentException($"Unknown deep model '{id}'; known: {string.Join(", ", DeepModelIds)}.", nameof(id)),
    };

    public static string DisplayName(string id) => id switch
    {
        BasicCnnId => "Basic CNN",
        ResNetId => "ResNet",
        VggId => "VGG-style CNN",
        GateId => "Digit gate",
        _ => id,
    };

    public static string Describe(string id) => id switch
    {
        BasicCnnId => "3 conv layers (32, 64, 128 channels, 3x3, ReLU, 2x2 max pooling), dropout, 2 fully connected layers (1152-256-10)",
        ResNetId => "ResNet: 3x3 stem, 3 stages of 2 residual blocks (24, 48, 96 channels) with batch normalisation and skip connections, global average pooling, linear classifier",
        VggId => "VGG-style: 3 stages of two 3x3 conv + batch norm + ReLU layers (32, 64, 128 channels) each ending in 2x2 max pooling, 2 fully connected layers (1152-256-10) with dropout",
        GateId => "Basic CNN at half width (16, 32, 64 channels, 576-128-2): is the image a digit at all?",
        _ => id,
    };

    public static long ParameterCount(nn.Module module) => module.parameters().Sum(p => p.numel());
}
