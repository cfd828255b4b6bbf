using MnistBlazor.Training.Training;
using MnistBlazor.Training.Training.Schedules;

namespace MnistBlazor.Training.Workflow;

/// <summary>One `train` invocation: which model, and what overrides the shipped settings.</summary>
public sealed record PipelineRequest(
    string ModelId,
    int? Epochs = null,
    int? Folds = null,
    ScheduleKind? Schedule = null,
    bool Resume = false,
    bool Quick = false,
    bool Export = true,
    int? Patience = null,
    AugmentationPreset? Augmentation = null,
    int? TypedDigits = null,
    double? WeightAverage = null,
    long? Seed = null,
    bool? FinalFit = null);
