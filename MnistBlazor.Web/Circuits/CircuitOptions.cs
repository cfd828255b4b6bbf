namespace MnistBlazor.Web.Circuits;

/// <summary>What one browser page, and one client address, may ask of the server; bound from "Circuits".</summary>
public sealed record CircuitOptions
{
    public const string Section = "Circuits";

    /// <summary>Pages (Blazor circuits) one client address may hold open at once; more are refused with 429. A household or
    /// office behind one address opens a handful; a script opening hundreds would hold their memory.</summary>
    public int MaxPerClient { get; init; } = 20;

    /// <summary>Recognitions one page may start in a second. The drawing pad sends at most about eight a second and the
    /// webcam ten; a page calling the server directly gets no more than this.</summary>
    public int MaxRecognitionsPerSecond { get; init; } = 10;

    public TimeSpan MinRecognitionInterval => TimeSpan.FromSeconds(1.0 / MaxRecognitionsPerSecond);

    /// <summary>Throws an <see cref="ArgumentOutOfRangeException"/> naming the first setting that cannot work.</summary>
    public void Validate()
    {
        Require(MaxPerClient >= 1, nameof(MaxPerClient), MaxPerClient);
        Require(MaxRecognitionsPerSecond >= 1, nameof(MaxRecognitionsPerSecond), MaxRecognitionsPerSecond);
    }

    private static void Require(bool holds, string name, int value)
    {
        if (!holds)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{Section}:{name} must be at least 1.");
        }
    }
}
