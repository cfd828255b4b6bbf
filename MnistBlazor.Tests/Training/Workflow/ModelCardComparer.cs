using MnistBlazor.Recognition.Catalog;

namespace MnistBlazor.Tests.Training.Workflow;

/// <summary>Cards are records holding arrays, so compare their JSON.</summary>
internal sealed class ModelCardComparer : IEqualityComparer<ModelCard>
{
    public static ModelCardComparer Instance { get; } = new();

    public bool Equals(ModelCard? x, ModelCard? y) => x?.ToJson() == y?.ToJson();

    public int GetHashCode(ModelCard obj) => obj.ToJson().GetHashCode(StringComparison.Ordinal);
}
