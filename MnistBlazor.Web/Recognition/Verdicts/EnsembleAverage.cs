namespace MnistBlazor.Web.Recognition.Verdicts;

/// <summary>The ensemble's probabilities: the plain mean of its members', which keeps rows summing to 1.</summary>
public static class EnsembleAverage
{
    public static float[] Of(IReadOnlyList<float[]> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        if (members.Count == 0)
        {
            throw new ArgumentException("The ensemble needs at least one member's probabilities.", nameof(members));
        }

        var average = new float[members[0].Length];
        foreach (var member in members)
        {
            for (var i = 0; i < average.Length; i++)
            {
                average[i] += member[i] / members.Count;
            }
        }

        return average;
    }
}
