using MnistBlazor.Training.Architectures;
using static TorchSharp.torch;

foreach (var id in Architecture.DeepModelIds)
{
    using var m = Architecture.Create(id);
    m.eval();
    using var x = rand(2, 1, 28, 28);
    using var y = m.forward(x);
    Console.WriteLine($"{id}: {Architecture.ParameterCount(m)} params, out {string.Join("x", y.shape)}");
}
