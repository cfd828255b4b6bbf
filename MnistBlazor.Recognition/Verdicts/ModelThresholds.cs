namespace MnistBlazor.Recognition.Verdicts;

/// <summary>When one model's answer counts as a digit: every check must pass, or the verdict is "unsure".</summary>
public sealed record ModelThresholds
{
    /// <summary>For ids without thresholds: only certainty counts.</summary>
    public static ModelThresholds Strict { get; } = new() { MinConfidence = 1f };

    /// <summary>Lowest probability of the chosen digit (the ensemble's: the average over its members and views).</summary>
    public float MinConfidence { get; init; }

    /// <summary>Lowest probability the chosen digit may drop to when the image is turned, shrunk or shifted a little.</summary>
    public float MinStability { get; init; }

    /// <summary>For the ensemble: lowest probability every member must give the chosen digit, so an answer its members
    /// disagree on is "unsure" even when their average looks confident.</summary>
    public float MinMemberConfidence { get; init; }

    /// <summary>Farthest the image may lie from MNIST's shapes of the chosen digit, in multiples of a typical training
    /// image's distance; null: no shape check.</summary>
    public float? MaxShapeDistance { get; init; }

    /// <summary>With the digit gate loaded: below this probability of being a digit at all, the answer is "unsure"
    /// whatever the model says; 0: no such check.</summary>
    public float MinDigitLikeness { get; init; }

    /// <summary>With the digit gate loaded: from this probability of being a digit on, <see cref="MinTrustedConfidence"/>
    /// replaces the checks above, so a typed or photographed digit the model is less sure of still counts; null: never.</summary>
    public float? TrustedDigitLikeness { get; init; }

    /// <summary>Lowest probability of the chosen digit when the gate trusts the image to be a digit.</summary>
    public float MinTrustedConfidence { get; init; }

    public void Validate(string modelId)
    {
        Require(MinConfidence, nameof(MinConfidence));
        Require(MinStability, nameof(MinStability));
        Require(MinMemberConfidence, nameof(MinMemberConfidence));
        Require(MinDigitLikeness, nameof(MinDigitLikeness));
        Require(TrustedDigitLikeness ?? 0f, nameof(TrustedDigitLikeness));
        Require(MinTrustedConfidence, nameof(MinTrustedConfidence));
        if (MaxShapeDistance is < 0f)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxShapeDistance), MaxShapeDistance,
                $"{RecognitionOptions.Section}:Verdict:Models:{modelId}:{nameof(MaxShapeDistance)} must not be negative.");
        }

        void Require(float value, string name)
        {
            if (value is not (>= 0f and <= 1f))
            {
                throw new ArgumentOutOfRangeException(name, value,
                    $"{RecognitionOptions.Section}:Verdict:Models:{modelId}:{name} must be a probability in 0..1.");
            }
        }
    }
}
