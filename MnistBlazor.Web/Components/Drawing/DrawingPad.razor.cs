using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MnistBlazor.Recognition.Preprocessing;

namespace MnistBlazor.Web.Components.Drawing;

/// <summary>A canvas to draw one digit on; hands each change of the ink to <see cref="OnInk"/> as a small PNG.</summary>
public sealed partial class DrawingPad : IAsyncDisposable
{
    internal const string ModulePath = "./Components/Drawing/DrawingPad.razor.js";

    /// <summary>Ink PNGs above this size go as a stream: one interop message must stay under SignalR's 32 KB.</summary>
    internal const int DefaultStreamAboveBytes = 24 * 1024;

    /// <summary>The longest side of the ink PNG the pad's script sends: it crops to the ink and scales it down to this.</summary>
    internal const int ExportSide = 140;

    /// <summary>What the pad's ink can be: no larger than the script exports, so a page can neither stream nor have
    /// decoded anything bigger (about 77 KB of bytes, 140x140 pixels).</summary>
    public static DecodeLimits InkLimits { get; } = DecodeLimits.ForCanvas(ExportSide);

    private ElementReference _canvas;
    private IJSObjectReference? _module;
    private IJSObjectReference? _pad;
    private DotNetObjectReference<DrawingPad>? _self;
    private int _strokeWidth = 18;

    [Inject] private IJSRuntime JS { get; set; } = default!;

    [Inject] private IConfiguration Configuration { get; set; } = default!;

    /// <summary>The current drawing as a PNG, white ink on black, cropped to the ink.</summary>
    [Parameter] public EventCallback<byte[]> OnInkChanged { get; set; }

    /// <summary>The pad was emptied (clear, or undo of the last stroke).</summary>
    [Parameter] public EventCallback OnCleared { get; set; }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        _module = await JS.InvokeAsync<IJSObjectReference>("import", ModulePath);
        _self = DotNetObjectReference.Create(this);
        var streamAbove = Configuration.GetValue("DrawingPad:StreamAboveBytes", DefaultStreamAboveBytes);
        _pad = await _module.InvokeAsync<IJSObjectReference>("createDrawingPad", _canvas, _self,
            new { strokeWidth = _strokeWidth, streamAboveBytes = streamAbove, exportSide = ExportSide });
    }

    [JSInvokable]
    public Task OnInk(byte[] png) => OnInkChanged.InvokeAsync(png);

    [JSInvokable]
    public async Task OnInkStreamed(IJSStreamReference png)
    {
        ArgumentNullException.ThrowIfNull(png);
        await using var stream = await png.OpenReadStreamAsync(InkLimits.MaxEncodedBytes);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        await OnInkChanged.InvokeAsync(buffer.ToArray());
    }

    [JSInvokable("OnCleared")]
    public Task OnPadCleared() => OnCleared.InvokeAsync();

    private async Task ClearAsync()
    {
        if (_pad is not null)
        {
            await _pad.InvokeVoidAsync("clear");
        }

        await OnCleared.InvokeAsync();
    }

    private async Task UndoAsync()
    {
        if (_pad is not null)
        {
            await _pad.InvokeVoidAsync("undo");
        }
    }

    private async Task SetStrokeWidthAsync(int width)
    {
        _strokeWidth = width;
        if (_pad is not null)
        {
            await _pad.InvokeVoidAsync("setStrokeWidth", width);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_pad is not null)
            {
                await _pad.InvokeVoidAsync("dispose");
                await _pad.DisposeAsync();
            }

            if (_module is not null)
            {
                await _module.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone and the page's JavaScript with it; nothing is left to release.
        }

        _self?.Dispose();
    }
}
