using MnistBlazor.Training.Training;
using MnistBlazor.Recognition.Catalog;

namespace MnistBlazor.Training.Workflow;

/// <summary>Tells the user how training goes: progress per run, cross-validation results.</summary>
public interface ITrainingReporter
{
    ITrainingProgress Progress(string label);

    void CrossValidationCompleted(string modelId, CrossValidationSummary summary);
}
