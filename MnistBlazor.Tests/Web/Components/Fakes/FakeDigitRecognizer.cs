using MnistBlazor.Recognition;
using MnistBlazor.Recognition.Preprocessing;
using SixLabors.ImageSharp;

namespace MnistBlazor.Tests.Web.Components.Fakes;

/// <summary>A recognizer whose answers a test decides; it records every call.</summary>
public sealed class FakeDigitRecognizer : IDigitRecognizer
{
    private readonly List<(byte[] Image, string ModelId)> calls = [];
    private readonly Lock gate = new();

    public IReadOnlyList<ModelStatus> Models { get; set; } = FakeModels.All();

    public ModelStatus DigitGate { get; set; } = new("digit-gate", "Digit gate", true, null, null);

    /// <summary>Decides the answer for an image and model id; by default every model says 7.</summary>
    public Func<byte[], string, RecognitionResult> Answer { get; set; } = (_, modelId) => FakeResults.Digit(7, 0.97f, modelId);

    /// <summary>Decides the probabilities for each digit of a batch and a model id; by default every digit is a 7.</summary>
    public Func<ReadOnlyMemory<float>, string, float[]> DigitAnswer { get; set; } = (_, _) => FakeResults.Probabilities(7, 0.97f);

    public IReadOnlyList<(byte[] Image, string ModelId)> Calls
    {
        get
        {
            lock (gate)
            {
                return [.. calls];
            }
        }
    }

    /// <summary>The source limits of the latest call with encoded bytes (null: an upload's).</summary>
    public DecodeLimits? LastLimits { get; private set; }

    public RecognitionResult Recognize(ReadOnlySpan<byte> encodedImage, string modelId = ModelIds.Ensemble, DecodeLimits? limits = null)
    {
        var image = encodedImage.ToArray();
        lock (gate)
        {
            calls.Add((image, modelId));
            LastLimits = limits;
        }

        EnsureAvailable(modelId);
        return Answer(image, modelId);
    }

    /// <summary>Records the decoded picture as PNG bytes, so tests see what the recognizer was given either way.</summary>
    public RecognitionResult Recognize(Image decoded, string modelId = ModelIds.Ensemble)
    {
        using var png = new MemoryStream();
        decoded.SaveAsPng(png);
        return Recognize(png.ToArray(), modelId);
    }

    public IReadOnlyList<RecognitionResult> RecognizeWithEveryModel(ReadOnlySpan<byte> encodedImage, DecodeLimits? limits = null)
    {
        var image = encodedImage.ToArray();
        return Models.Where(m => m.IsAvailable).Select(m => Recognize(image, m.Id, limits)).ToList();
    }

    public IReadOnlyList<float[]> Probabilities(DigitBatch digits, string modelId = ModelIds.Ensemble)
    {
        ArgumentNullException.ThrowIfNull(digits);
        EnsureAvailable(modelId);
        return [.. Enumerable.Range(0, digits.Count).Select(n => DigitAnswer(digits.Pixels.Slice(n * DigitImage.PixelCount, DigitImage.PixelCount), modelId))];
    }

    /// <summary>A picture the fake treats as an unreadable file.</summary>
    public static RecognitionResult RejectUnreadable(byte[] image, string modelId) =>
        throw new ImageRejectedException(ImageRejectionReason.Undecodable, "The file is not an image: no known format starts with these bytes.");

    private void EnsureAvailable(string modelId)
    {
        var model = Models.FirstOrDefault(m => m.Id == modelId) ?? throw new UnknownModelException(modelId);
        if (!model.IsAvailable)
        {
            throw new ModelUnavailableException(modelId, model.UnavailableReason ?? "unavailable");
        }
    }
}
