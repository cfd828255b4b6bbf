using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MnistBlazor.Tests.Web.Components.Fakes;
using MnistBlazor.Web.Components.Webcam;
using MnistBlazor.Recognition;

namespace MnistBlazor.Tests.Web.Components.Webcam;

public sealed class WebcamCaptureTests : MudBlazorTestBase
{
    private static readonly CameraStart Running =
        new(null, null, [new Camera("front", "Front camera"), new Camera("back", "Back camera")], "back");

    private readonly BunitJSModuleInterop module;
    private readonly BunitJSInterop webcam;

    public WebcamCaptureTests()
    {
        module = JSInterop.SetupModule("./Components/Webcam/WebcamCapture.razor.js");
        webcam = module.SetupModule("createWebcam", _ => true);
        webcam.SetupVoid("stop").SetVoidResult();
        webcam.SetupVoid("dispose").SetVoidResult();
        RenderPopoverProvider();
    }

    [Fact]
    public void WebcamIsCreatedOnTheVideoAndItsRegionOfInterest()
    {
        Render<WebcamCapture>();

        var creation = module.VerifyInvoke("createWebcam");

        Assert.IsType<ElementReference>(creation.Arguments[0]);
        Assert.IsType<ElementReference>(creation.Arguments[1]);
        Assert.IsType<DotNetObjectReference<WebcamCapture>>(creation.Arguments[2]);
    }

    [Fact]
    public void StartOpensTheCameraAndOffersEveryCamera()
    {
        webcam.Setup<CameraStart>("start", _ => true).SetResult(Running);
        var cut = Render<WebcamCapture>();

        cut.Find("[data-testid=webcam-start]").Click();

        Assert.Null(webcam.VerifyInvoke("start").Arguments[0]);
        Assert.NotEmpty(cut.FindAll("[data-testid=webcam-stop]"));
        Assert.Equal("Back camera", cut.Find("[data-testid=camera-select]").TextContent);
    }

    [Theory]
    [InlineData("NotAllowedError", "Camera permission was denied.")]
    [InlineData("NotFoundError", "No camera was found.")]
    [InlineData("NotReadableError", "another application may be using it")]
    [InlineData("Unsupported", "secure (HTTPS) page or localhost")]
    public void CameraThatCannotStartIsExplainedPlainly(string errorName, string explanation)
    {
        webcam.Setup<CameraStart>("start", _ => true).SetResult(new CameraStart(errorName, "detail", [], null));
        var cut = Render<WebcamCapture>();

        cut.Find("[data-testid=webcam-start]").Click();

        Assert.Contains(explanation, cut.Find("[data-testid=webcam-problem]").TextContent);
        Assert.NotEmpty(cut.FindAll("[data-testid=webcam-start]"));
    }

    [Fact]
    public async Task FrameIsRecognizedWithTheChosenModelAndShownOverTheVideo()
    {
        webcam.Setup<CameraStart>("start", _ => true).SetResult(Running);
        Recognizer.Answer = (_, modelId) => FakeResults.Digit(4, 0.88f, modelId);
        var cut = Render<WebcamCapture>(ps => ps.Add(p => p.ModelId, ModelIds.ResNet));
        cut.Find("[data-testid=webcam-start]").Click();

        await cut.InvokeAsync(() => cut.Instance.OnFrame([255, 216, 255]));

        Assert.Equal("4", cut.Find(".webcam__answer [data-testid=prediction-digit]").TextContent);
        Assert.Equal("0.880", cut.Find(".webcam__answer [data-testid=confidence-bar]").GetAttribute("data-confidence"));
        Assert.Equal(ModelIds.ResNet, Recognizer.Calls.Single().ModelId);
    }

    [Fact]
    public async Task EveryAnsweredFrameIsCountedFromTheStart()
    {
        webcam.Setup<CameraStart>("start", _ => true).SetResult(Running);
        Recognizer.Answer = (_, modelId) => FakeResults.Digit(7, 0.9f, modelId);
        var cut = Render<WebcamCapture>();
        cut.Find("[data-testid=webcam-start]").Click();

        await cut.InvokeAsync(() => cut.Instance.OnFrame([255, 216, 255]));
        await cut.InvokeAsync(() => cut.Instance.OnFrame([255, 216, 255]));
        await cut.InvokeAsync(() => cut.Instance.OnFrame([255, 216, 255]));

        Assert.Equal("3", cut.Find(".webcam__answer").GetAttribute("data-frames"));
    }

    [Fact]
    public async Task StopSwitchesTheCameraOffAndDropsLateFrames()
    {
        webcam.Setup<CameraStart>("start", _ => true).SetResult(Running);
        var cut = Render<WebcamCapture>();
        cut.Find("[data-testid=webcam-start]").Click();

        cut.Find("[data-testid=webcam-stop]").Click();
        await cut.InvokeAsync(() => cut.Instance.OnFrame([255, 216, 255]));

        webcam.VerifyInvoke("stop");
        Assert.Empty(cut.FindAll("[data-testid=prediction-digit]"));
    }

    [Fact]
    public async Task LostCameraIsReported()
    {
        webcam.Setup<CameraStart>("start", _ => true).SetResult(Running);
        var cut = Render<WebcamCapture>();
        cut.Find("[data-testid=webcam-start]").Click();

        await cut.InvokeAsync(() => cut.Instance.OnCameraLost());

        Assert.Equal(CameraProblems.Lost, cut.Find("[data-testid=webcam-problem]").TextContent);
        Assert.NotEmpty(cut.FindAll("[data-testid=webcam-start]"));
    }

    [Fact]
    public async Task LeavingThePageStopsTheCamera()
    {
        Render<WebcamCapture>();

        await DisposeComponentsAsync();

        webcam.VerifyInvoke("dispose");
    }
}
