using MnistBlazor.Web.Recognition;
using MnistBlazor.Web.Recognition.Preprocessing;

namespace MnistBlazor.Web.Components.Prediction;

/// <summary>What the UI shows for one image: the chosen model's answer, every model's answers when comparing,
/// or a sentence saying why there is no answer.</summary>
public sealed record RecognitionOutcome(RecognitionResult? Result, IReadOnlyList<RecognitionResult> Comparison, string? Error)
{
    /// <summary>Runs the recognizer off the circuit's thread and turns its refusals into messages for the user.</summary>
    public static Task<RecognitionOutcome> RecognizeAsync(IDigitRecognizer recognizer, byte[] image, string modelId, bool compare)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        return Task.Run(() => Recognize(recognizer, image, modelId, compare));
    }

    private static RecognitionOutcome Recognize(IDigitRecognizer recognizer, byte[] image, string modelId, bool compare)
    {
        try
        {
            if (!compare)
            {
                return new(recognizer.Recognize(image, modelId), [], null);
            }

            var all = recognizer.RecognizeWithEveryModel(image);
            // An unavailable choice is missing from the comparison; asking it alone gives its reason.
            var chosen = all.FirstOrDefault(r => r.ModelId == modelId) ?? recognizer.Recognize(image, modelId);
            return new(chosen, all, null);
        }
        catch (ImageRejectedException e)
        {
            return new(null, [], e.Message);
        }
        catch (ModelUnavailableException e)
        {
            return new(null, [], e.Message);
        }
        catch (UnknownModelException e)
        {
            return new(null, [], e.Message);
        }
    }
}
