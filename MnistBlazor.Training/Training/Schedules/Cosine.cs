namespace MnistBlazor.Training.Training.Schedules;

internal static class Cosine
{
    /// <summary>Cosine interpolation from <paramref name="start"/> (progress 0) to <paramref name="end"/> (progress 1).</summary>
    public static double Anneal(double start, double end, double progress) =>
        end + (start - end) * (1 + Math.Cos(Math.PI * Math.Clamp(progress, 0, 1))) / 2;
}
