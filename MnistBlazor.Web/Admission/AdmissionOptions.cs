namespace MnistBlazor.Web.Admission;

/// <summary>How much recognition work the process takes on at once; bound from "Recognition:Admission".</summary>
public sealed record AdmissionOptions
{
    public const string Section = "Recognition:Admission";

    /// <summary>Recognitions that run at once; 0 means one per processor core (one recognition keeps a core busy).</summary>
    public int MaxConcurrent { get; init; }

    /// <summary>Recognitions that may wait for a turn, in arrival order; unset means 64 per concurrent turn: a burst of a
    /// hundred clients at once is still answered, and the longest wait (the ensemble takes about 5 ms of a core) stays
    /// near a third of a second. Beyond it a caller hears "busy" at once.</summary>
    public int? QueueLimit { get; init; }

    /// <summary>What a busy answer tells the caller to wait before trying again.</summary>
    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(1);

    public int Concurrency => MaxConcurrent > 0 ? MaxConcurrent : Environment.ProcessorCount;

    public int Queue => QueueLimit ?? 64 * Concurrency;

    /// <summary>Throws an <see cref="ArgumentOutOfRangeException"/> naming the first setting that cannot work.</summary>
    public void Validate()
    {
        Require(MaxConcurrent >= 0, nameof(MaxConcurrent), MaxConcurrent, "0 (one per core) or more");
        Require(QueueLimit is null or >= 0, nameof(QueueLimit), QueueLimit ?? 0, "0 or more");
        Require(RetryAfter >= TimeSpan.FromSeconds(1), nameof(RetryAfter), RetryAfter, "at least 1 s (Retry-After counts whole seconds)");
    }

    private static void Require(bool holds, string name, object value, string expected)
    {
        if (!holds)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{Section}:{name} must be {expected}.");
        }
    }
}
