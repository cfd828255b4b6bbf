using MnistBlazor.Tests.Web.Components.Fakes;
using MnistBlazor.Web.Components.Prediction;
using Microsoft.Extensions.Options;
using MnistBlazor.Recognition;
using MnistBlazor.Web.Admission;

namespace MnistBlazor.Tests.Web.Components.Prediction;

public sealed class RecognitionOutcomeTests
{
    private readonly FakeDigitRecognizer recognizer = new();
    private readonly RecognitionAdmission admission = new(Options.Create(new AdmissionOptions()));

    [Fact]
    public async Task OneModelIsAskedWhenNotComparing()
    {
        var outcome = await RecognitionOutcome.RecognizeAsync(admission, recognizer, [1, 2, 3], ModelIds.ResNet, compare: false);

        Assert.Equal(ModelIds.ResNet, outcome.Result?.ModelId);
        Assert.Empty(outcome.Comparison);
        Assert.Equal([ModelIds.ResNet], recognizer.Calls.Select(c => c.ModelId));
    }

    [Fact]
    public async Task ComparingAsksEveryAvailableModelAndPicksTheChosenOne()
    {
        var outcome = await RecognitionOutcome.RecognizeAsync(admission, recognizer, [1, 2, 3], ModelIds.BasicCnn, compare: true);

        Assert.Equal(ModelIds.BasicCnn, outcome.Result?.ModelId);
        Assert.Equal([ModelIds.Ensemble, ModelIds.BasicCnn, ModelIds.ResNet, ModelIds.MlNet], outcome.Comparison.Select(r => r.ModelId));
    }

    [Fact]
    public async Task UnavailableModelGivesItsReason()
    {
        var outcome = await RecognitionOutcome.RecognizeAsync(admission, recognizer, [1, 2, 3], ModelIds.Vgg, compare: true);

        Assert.Null(outcome.Result);
        Assert.Equal("Model 'vgg' is unavailable: models/vgg.onnx is missing.", outcome.Error);
    }

    [Fact]
    public async Task RefusedImageGivesTheRecognizersMessage()
    {
        recognizer.Answer = FakeDigitRecognizer.RejectUnreadable;

        var outcome = await RecognitionOutcome.RecognizeAsync(admission, recognizer, [1, 2, 3], ModelIds.Ensemble, compare: false);

        Assert.Null(outcome.Result);
        Assert.Equal("The file is not an image: no known format starts with these bytes.", outcome.Error);
    }

    [Fact]
    public async Task UnknownModelIsNamed()
    {
        var outcome = await RecognitionOutcome.RecognizeAsync(admission, recognizer, [1, 2, 3], "lenet", compare: false);

        Assert.StartsWith("Unknown model 'lenet'", outcome.Error);
    }

    [Fact]
    public async Task NoFreeTurnAnswersBusyWithoutAskingTheRecognizer()
    {
        using var full = new RecognitionAdmission(Options.Create(new AdmissionOptions { MaxConcurrent = 1, QueueLimit = 0 }));
        using var held = await full.EnterAsync();

        var outcome = await RecognitionOutcome.RecognizeAsync(full, recognizer, [1, 2, 3], ModelIds.Ensemble, compare: false);

        Assert.True(outcome.IsBusy);
        Assert.Null(outcome.Result);
        Assert.Equal("The server is busy with other recognitions; try again in 1 s.", outcome.Error);
        Assert.Empty(recognizer.Calls);
    }
}
