using System.Text;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MnistBlazor.Web.Components.Drawing;

namespace MnistBlazor.Tests.Web.Components.Drawing;

public sealed class DrawingPadTests : MudBlazorTestBase
{
    private const string ModulePath = "./Components/Drawing/DrawingPad.razor.js";
    private readonly BunitJSModuleInterop module;
    private readonly BunitJSInterop pad;

    public DrawingPadTests()
    {
        module = JSInterop.SetupModule(ModulePath);
        pad = module.SetupModule("createDrawingPad", _ => true);
        pad.SetupVoid("clear").SetVoidResult();
        pad.SetupVoid("undo").SetVoidResult();
        pad.SetupVoid("setStrokeWidth", _ => true).SetVoidResult();
        pad.SetupVoid("dispose").SetVoidResult();
    }

    [Fact]
    public void CanvasIsTheDrawingPadHookAndOwnsTouch()
    {
        var cut = Render<DrawingPad>();

        var canvas = cut.Find("canvas");

        Assert.Equal("drawing-pad", canvas.GetAttribute("data-testid"));
        Assert.Equal("0", canvas.GetAttribute("tabindex"));
    }

    [Fact]
    public void PadIsCreatedOnTheCanvasWithTheStrokeWidthAndStreamThreshold()
    {
        var cut = Render<DrawingPad>();

        var creation = module.VerifyInvoke("createDrawingPad");

        Assert.IsType<ElementReference>(creation.Arguments[0]);
        Assert.IsType<DotNetObjectReference<DrawingPad>>(creation.Arguments[1]);
        var options = creation.Arguments[2]!;
        Assert.Equal(18, options.GetType().GetProperty("strokeWidth")!.GetValue(options));
        Assert.Equal(24 * 1024, options.GetType().GetProperty("streamAboveBytes")!.GetValue(options));
    }

    [Fact]
    public void StreamThresholdComesFromConfiguration()
    {
        Configuration["DrawingPad:StreamAboveBytes"] = "0";

        Render<DrawingPad>();

        var options = module.VerifyInvoke("createDrawingPad").Arguments[2]!;
        Assert.Equal(0, options.GetType().GetProperty("streamAboveBytes")!.GetValue(options));
    }

    [Fact]
    public void ThePadsScriptExportsInkAtTheSideTheServerAccepts()
    {
        Render<DrawingPad>();

        var options = module.VerifyInvoke("createDrawingPad").Arguments[2]!;
        Assert.Equal(DrawingPad.InkLimits.MaxWidth, options.GetType().GetProperty("exportSide")!.GetValue(options));
    }

    [Fact]
    public void ClearButtonClearsThePadAndReportsIt()
    {
        var cleared = 0;
        var cut = Render<DrawingPad>(ps => ps.Add(p => p.OnCleared, () => cleared++));

        cut.Find("[data-testid=clear-button]").Click();

        pad.VerifyInvoke("clear");
        Assert.Equal(1, cleared);
    }

    [Fact]
    public void UndoButtonAsksThePadToUndo()
    {
        var cut = Render<DrawingPad>();

        cut.Find("[data-testid=undo-button]").Click();

        pad.VerifyInvoke("undo");
    }

    [Fact]
    public void StrokeWidthChangeIsSentToThePad()
    {
        var cut = Render<DrawingPad>();

        cut.InvokeAsync(() => cut.FindComponent<MudBlazor.MudSlider<int>>().Instance.ValueChanged.InvokeAsync(30));

        Assert.Equal(30, pad.VerifyInvoke("setStrokeWidth").Arguments[0]);
        Assert.Contains("Stroke 30 px", cut.Markup);
    }

    [Fact]
    public void InkFromThePadIsPassedOn()
    {
        byte[]? received = null;
        var cut = Render<DrawingPad>(ps => ps.Add(p => p.OnInkChanged, png => received = png));
        var png = Encoding.ASCII.GetBytes("png bytes");

        cut.InvokeAsync(() => cut.Instance.OnInk(png));

        Assert.Equal(png, received);
    }

    [Fact]
    public async Task StreamedInkIsReadWholeAndPassedOn()
    {
        byte[]? received = null;
        var cut = Render<DrawingPad>(ps => ps.Add(p => p.OnInkChanged, png => received = png));
        var png = Enumerable.Range(0, 40_000).Select(i => (byte)i).ToArray();

        await cut.InvokeAsync(() => cut.Instance.OnInkStreamed(new StreamReference(png)));

        Assert.Equal(png, received);
    }

    [Fact]
    public void ClearingByKeyboardInThePadIsReported()
    {
        var cleared = false;
        var cut = Render<DrawingPad>(ps => ps.Add(p => p.OnCleared, () => cleared = true));

        cut.InvokeAsync(() => cut.Instance.OnPadCleared());

        Assert.True(cleared);
    }

    [Fact]
    public async Task DisposingDetachesThePadFromThePage()
    {
        Render<DrawingPad>();

        await DisposeComponentsAsync();

        pad.VerifyInvoke("dispose");
    }

    [Fact]
    public async Task DisposingAfterTheCircuitIsGoneDoesNotThrow()
    {
        pad.SetupVoid("dispose").SetException(new JSDisconnectedException("gone"));
        Render<DrawingPad>();

        var disposal = await Record.ExceptionAsync(DisposeComponentsAsync);

        Assert.Null(disposal);
    }

    private sealed class StreamReference(byte[] bytes) : IJSStreamReference
    {
        public long Length => bytes.Length;

        public ValueTask<Stream> OpenReadStreamAsync(long maxAllowedSize = 512000, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult<Stream>(new MemoryStream(bytes));

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
