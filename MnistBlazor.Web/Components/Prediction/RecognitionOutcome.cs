using MnistBlazor.Recognition;
using MnistBlazor.Web.Admission;
using MnistBlazor.Recognition.Preprocessing;

namespace MnistBlazor.Web.Components.Prediction;

/// <summary>What the UI shows for one image: the chosen model's answer, every model's answers when comparing,
/// or a sentence saying why there is no answer.</summary>
public sealed record RecognitionOutcome(RecognitionResult? Result, IReadOnlyList<RecognitionResult> Comparison, string? Error)
{
    /// <summary>The server had no turn free: nothing is wrong with the image, and asking again shortly will answer it.</summary>
    public bool IsBusy { get; init; }

    /// <summary>Takes a turn from the process-wide admission, runs the recognizer off the circuit's thread and turns its
    /// refusals into messages for the user.</summary>
    public static async Task<RecognitionOutcome> RecognizeAsync(
        RecognitionAdmission admission, IDigitRecognizer recognizer, byte[] image, string modelId, bool compare,
        DecodeLimits? limits = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(admission);
        ArgumentNullException.ThrowIfNull(recognizer);
        try
        {
            using var turn = await admission.EnterAsync(cancellationToken);
            return await Task.Run(() => Recognize(recognizer, image, modelId, compare, limits), cancellationToken);
        }
        catch (RecognitionBusyException e)
        {
            return new(null, [], e.Message) { IsBusy = true };
        }
    }

    private static RecognitionOutcome Recognize(IDigitRecognizer recognizer, byte[] image, string modelId, bool compare, DecodeLimits? limits)
    {
        try
        {
            if (!compare)
            {
                return new(recognizer.Recognize(image, modelId, limits), [], null);
            }

            var all = recognizer.RecognizeWithEveryModel(image, limits);
            // An unavailable choice is missing from the comparison; asking it alone gives its reason.
            var chosen = all.FirstOrDefault(r => r.ModelId == modelId) ?? recognizer.Recognize(image, modelId, limits);
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
