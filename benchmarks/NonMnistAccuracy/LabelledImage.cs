namespace MnistBlazor.Benchmarks.NonMnistAccuracy;

/// <summary>One image file of an evaluation set and the digit it shows.</summary>
public sealed record LabelledImage(string Path, int Label);

/// <summary>A named set of labelled images (one folder with a labels.csv).</summary>
public sealed record EvaluationSet(string Name, IReadOnlyList<LabelledImage> Images);
