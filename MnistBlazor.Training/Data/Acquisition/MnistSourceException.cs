namespace MnistBlazor.Training.Data.Acquisition;

/// <summary>A source delivered something unusable: wrong checksum, failed integrity check, missing file.</summary>
public sealed class MnistSourceException : Exception
{
    public MnistSourceException(string message) : base(message) { }

    public MnistSourceException(string message, Exception innerException) : base(message, innerException) { }
}
