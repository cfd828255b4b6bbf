namespace MnistBlazor.Training.Data.Acquisition;

/// <summary>Every source failed; the message lists each source tried and why it failed.</summary>
public sealed class MnistUnavailableException : Exception
{
    public MnistUnavailableException(string message, IReadOnlyList<Exception> failures)
        : base(message, new AggregateException(failures))
    {
        Failures = failures;
    }

    public IReadOnlyList<Exception> Failures { get; }
}
