using static TorchSharp.torch;

namespace MnistBlazor.Training.Architectures;

/// <summary>The deep networks by model id; the ids name the files in models/ and the API's model values.</summary>
public static class Architecture
{
    public const string BasicCnnId = "basic-cnn";
    public const string ResNetId = "resnet";
    public const string VggId = "vgg";

    public static IReadOnlyList<string> DeepModelIds { get; } = [BasicCnnId, ResNetId, VggId];

    public static nn.Module<Tensor, Tensor> Create(string id) => id switch
    {
        BasicCnnId => new BasicCnn(),
        ResNetId => new ResNet(),
        VggId => new Vgg(),
        _ => throw new ArgumentException($"Unknown deep model '{id}'; known: {string.Join(", ", DeepModelIds)}.", nameof(id)),
    };

    public static string DisplayName(string id) => id switch
    {
        BasicCnnId => "Basic CNN",
        ResNetId => "ResNet",
        VggId => "VGG-style CNN",
        _ => id,
    };

    public static long ParameterCount(nn.Module module) => module.parameters().Sum(p => p.numel());
}
