using Bunit;
using MnistBlazor.Web.Components.Pages;
using MnistBlazor.Web.Components.Webcam;
using MnistBlazor.Recognition;
using MudBlazor;

namespace MnistBlazor.Tests.Web.Components.Pages;

public sealed class WebcamPageTests : MudBlazorTestBase
{
    public WebcamPageTests()
    {
        var module = JSInterop.SetupModule("./Components/Webcam/WebcamCapture.razor.js");
        module.SetupModule("createWebcam", _ => true);
        RenderPopoverProvider();
    }

    [Fact]
    public void ChosenModelReadsTheFrames()
    {
        var cut = Render<MnistBlazor.Web.Components.Pages.Webcam>();

        cut.InvokeAsync(() => cut.FindComponent<MudSelect<string>>().Instance.ValueChanged.InvokeAsync(ModelIds.MlNet));

        Assert.Equal(ModelIds.MlNet, cut.FindComponent<WebcamCapture>().Instance.ModelId);
    }

    [Fact]
    public void StartIsEnabledOnceTheCameraModuleIsReady()
    {
        var cut = Render<MnistBlazor.Web.Components.Pages.Webcam>();

        cut.WaitForAssertion(() => Assert.False(cut.Find("[data-testid=webcam-start]").HasAttribute("disabled")));
    }
}
