using Bunit;
using MnistBlazor.Tests.Web.Components.Fakes;
using MnistBlazor.Web.Components.Drawing;
using MnistBlazor.Web.Components.Pages;
using Microsoft.Extensions.DependencyInjection;
using MnistBlazor.Recognition;
using MnistBlazor.Web.Admission;
using MudBlazor;

namespace MnistBlazor.Tests.Web.Components.Pages;

public sealed class DrawPageTests : MudBlazorTestBase
{
    private static readonly byte[] Ink = [137, 80, 78, 71];
    private readonly BunitJSInterop pad;

    public DrawPageTests()
    {
        var module = JSInterop.SetupModule("./Components/Drawing/DrawingPad.razor.js");
        pad = module.SetupModule("createDrawingPad", _ => true);
        pad.SetupVoid("clear").SetVoidResult();
        RenderPopoverProvider();
    }

    [Fact]
    public void InkIsRecognizedWithTheEnsembleByDefault()
    {
        var cut = Render<Draw>();

        Draw(cut);

        cut.WaitForAssertion(() => Assert.Equal("7", cut.Find("[data-testid=prediction-digit]").TextContent));
        var call = Assert.Single(Recognizer.Calls);
        Assert.Equal(Ink, call.Image);
        Assert.Equal(ModelIds.Ensemble, call.ModelId);
    }

    [Fact]
    public void InkIsHeldToWhatThePadCanExport()
    {
        var cut = Render<Draw>();

        Draw(cut);

        cut.WaitForAssertion(() => Assert.Single(Recognizer.Calls));
        Assert.Equal(DrawingPad.InkLimits, Recognizer.LastLimits);
        Assert.Equal((140, 140), (DrawingPad.InkLimits.MaxWidth, DrawingPad.InkLimits.MaxHeight));
        Assert.InRange(DrawingPad.InkLimits.MaxEncodedBytes, 78_540, 96 * 1024);
    }

    [Fact]
    public void ClearButtonEmptiesThePrediction()
    {
        var cut = Render<Draw>();
        Draw(cut);
        cut.WaitForAssertion(() => Assert.Equal("7", cut.Find("[data-testid=prediction-digit]").TextContent));

        cut.Find("[data-testid=clear-button]").Click();

        // The answer's own render may still be queued on the dispatcher when the click lands: wait for the page to settle.
        cut.WaitForAssertion(() => Assert.Equal("", cut.Find("[data-testid=prediction-digit]").TextContent));
        pad.VerifyInvoke("clear");
    }

    [Fact]
    public void ChangingModelRecognizesTheSameDrawingAgain()
    {
        Recognizer.Answer = (_, modelId) => FakeResults.Digit(modelId == ModelIds.ResNet ? 1 : 7, 0.9f, modelId);
        var cut = Render<Draw>();
        Draw(cut);
        cut.WaitForAssertion(() => Assert.Equal("7", cut.Find("[data-testid=prediction-digit]").TextContent));

        cut.InvokeAsync(() => cut.FindComponent<MudSelect<string>>().Instance.ValueChanged.InvokeAsync(ModelIds.ResNet));

        cut.WaitForAssertion(() => Assert.Equal("1", cut.Find("[data-testid=prediction-digit]").TextContent));
        Assert.Equal([ModelIds.Ensemble, ModelIds.ResNet], Recognizer.Calls.Select(c => c.ModelId));
    }

    [Fact]
    public void CompareModelsShowsEveryModelsAnswer()
    {
        var cut = Render<Draw>();
        Draw(cut);

        cut.InvokeAsync(() => cut.FindComponent<MudSwitch<bool>>().Instance.ValueChanged.InvokeAsync(true));

        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("[data-testid=model-comparison] tbody tr").Count));
    }

    [Fact]
    public void RefusedDrawingShowsTheReason()
    {
        Recognizer.Answer = FakeDigitRecognizer.RejectUnreadable;
        var cut = Render<Draw>();

        Draw(cut);

        cut.WaitForAssertion(() => Assert.Equal("The file is not an image: no known format starts with these bytes.",
            cut.Find("[data-testid=prediction-error]").TextContent));
    }

    [Fact]
    public async Task AnswerArrivingAfterAClearIsDropped()
    {
        var release = new ManualResetEventSlim();
        Recognizer.Answer = (_, modelId) =>
        {
            release.Wait(TimeSpan.FromSeconds(5));
            return FakeResults.Digit(7, 0.9f, modelId);
        };
        var cut = Render<Draw>();
        var drawing = Draw(cut);

        cut.Find("[data-testid=clear-button]").Click();
        release.Set();
        await drawing;

        Assert.Single(Recognizer.Calls);
        Assert.Equal("", cut.Find("[data-testid=prediction-digit]").TextContent);
    }

    [Fact]
    public async Task AFloodOfInkRunsOneRecognitionAtATimeAndAnswersTheNewest()
    {
        var release = new ManualResetEventSlim();
        Recognizer.Answer = (image, modelId) =>
        {
            release.Wait(TimeSpan.FromSeconds(10));
            return FakeResults.Digit(image[^1] % 10, 0.9f, modelId);
        };
        var cut = Render<Draw>();
        var drawingPad = cut.FindComponent<DrawingPad>().Instance;

        var sent = await cut.InvokeAsync(() => Enumerable.Range(1, 1000)
            .Select(i => drawingPad.OnInk([137, 80, 78, 71, (byte)(i / 256), (byte)(i % 256)])).ToList());
        release.Set();
        await Task.WhenAll(sent).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(2, Recognizer.Calls.Count);
        Assert.Equal(new byte[] { 137, 80, 78, 71, 1000 / 256, 1000 % 256 }, Recognizer.Calls[^1].Image);
        cut.WaitForAssertion(() => Assert.Equal($"{1000 % 256 % 10}", cut.Find("[data-testid=prediction-digit]").TextContent));
    }

    [Fact]
    public async Task ABusyServerIsShownAndTheDrawingIsAnsweredOnceATurnIsFree()
    {
        Admission = new AdmissionOptions { MaxConcurrent = 1, QueueLimit = 0, RetryAfter = TimeSpan.FromSeconds(1) };
        var cut = Render<Draw>();
        var turn = await Services.GetRequiredService<RecognitionAdmission>().EnterAsync();

        _ = Draw(cut);

        cut.WaitForAssertion(() => Assert.Equal("The server is busy with other recognitions; try again in 1 s.",
            cut.Find("[data-testid=prediction-error]").TextContent));
        Assert.Empty(Recognizer.Calls);
        turn.Dispose();
        cut.WaitForAssertion(() => Assert.Equal("7", cut.Find("[data-testid=prediction-digit]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=prediction-error]"));
    }

    private static Task Draw(IRenderedComponent<Draw> cut)
    {
        var drawingPad = cut.FindComponent<DrawingPad>();
        return cut.InvokeAsync(() => drawingPad.Instance.OnInk(Ink));
    }
}
