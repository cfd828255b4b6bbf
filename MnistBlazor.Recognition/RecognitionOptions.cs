using MnistBlazor.Recognition.Verdicts;

namespace MnistBlazor.Recognition;

/// <summary>Where the models live, how they run and when an answer counts as a digit; bound from "Recognition".</summary>
public sealed record RecognitionOptions
{
    public const string Section = "Recognition";

    /// <summary>Folder holding &lt;id&gt;.onnx and &lt;id&gt;.json; relative paths start at the content root. Empty: the
    /// models/ that publish puts beside the app, else the repository's models/ (beside MnistBlazor.sln, found by walking up
    /// from the content root).</summary>
    public string? ModelsDirectory { get; init; }

    /// <summary>Threads one inference may use. One image is a few hundred thousand multiply-adds, so splitting it costs
    /// more than it saves; requests run in parallel instead.</summary>
    public int IntraOpThreads { get; init; } = 1;

    public VerdictThresholds Verdict { get; init; } = new();

    /// <summary>Throws an <see cref="ArgumentOutOfRangeException"/> naming the first setting that cannot work.</summary>
    public void Validate()
    {
        if (IntraOpThreads < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(IntraOpThreads), IntraOpThreads, $"{Section}:{nameof(IntraOpThreads)} must be at least 1.");
        }

        Verdict.Validate();
    }
}
