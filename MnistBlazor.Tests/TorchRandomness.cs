namespace MnistBlazor.Tests;

/// <summary>Tests that seed or draw from torch's process-wide generator run one at a time, or they would draw from
/// each other's sequence and stop being repeatable.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TorchRandomness
{
    public const string Name = "torch global generator";
}
