using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace MnistBlazor.Training.Architectures;

/// <summary>The seed's Basic CNN: three 3x3 conv layers with ReLU and 2x2 max pooling, dropout, two fully connected layers.
/// The digit gate is the same network, narrower, with two classes.</summary>
public sealed class BasicCnn : nn.Module<Tensor, Tensor>
{
    private readonly Conv2d conv1;
    private readonly Conv2d conv2;
    private readonly Conv2d conv3;
    private readonly Dropout2d convDropout = nn.Dropout2d(0.1);
    private readonly Linear fc1;
    private readonly Dropout fcDropout = nn.Dropout(0.4);
    private readonly Linear fc2;

    /// <param name="classes">Outputs: 10 digits, or 2 for the digit gate.</param>
    /// <param name="width">Channels of the first conv layer; the next two have twice and four times as many.</param>
    public BasicCnn(int classes = 10, int width = 32) : base(nameof(BasicCnn))
    {
        conv1 = nn.Conv2d(1, width, 3, padding: 1);
        conv2 = nn.Conv2d(width, 2 * width, 3, padding: 1);
        conv3 = nn.Conv2d(2 * width, 4 * width, 3, padding: 1);
        fc1 = nn.Linear(4 * width * 3 * 3, 8 * width);
        fc2 = nn.Linear(8 * width, classes);
        RegisterComponents();
    }

    internal IReadOnlyList<Conv2d> Convolutions => [conv1, conv2, conv3];

    internal IReadOnlyList<Linear> FullyConnected => [fc1, fc2];

    public override Tensor forward(Tensor input)
    {
        using var scope = NewDisposeScope();
        var x = (input - MnistNormalization.Mean) / MnistNormalization.StdDev;
        x = nn.functional.max_pool2d(nn.functional.relu(conv1.forward(x)), 2);   // 14x14
        x = nn.functional.max_pool2d(nn.functional.relu(conv2.forward(x)), 2);   // 7x7
        x = nn.functional.max_pool2d(nn.functional.relu(conv3.forward(x)), 2);   // 3x3
        x = convDropout.forward(x).flatten(1);
        x = fcDropout.forward(nn.functional.relu(fc1.forward(x)));
        return fc2.forward(x).MoveToOuterDisposeScope();
    }
}
