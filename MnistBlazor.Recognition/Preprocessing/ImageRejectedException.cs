namespace MnistBlazor.Recognition.Preprocessing;

/// <summary>An input image was refused; <see cref="Reason"/> tells callers which HTTP status fits.</summary>
public sealed class ImageRejectedException : Exception
{
    public ImageRejectedException(ImageRejectionReason reason, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Reason = reason;
    }

    public ImageRejectionReason Reason { get; }
}
