using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;
using MnistBlazor.Web.Circuits;
using MnistBlazor.Web.Components.Prediction;
using MnistBlazor.Recognition;
using MnistBlazor.Web.Admission;
using MnistBlazor.Recognition.Preprocessing;

namespace MnistBlazor.Web.Components.Webcam;

/// <summary>Live camera picture with a square region of interest whose content is recognized several times a second.</summary>
public sealed partial class WebcamCapture : IAsyncDisposable
{
    internal const string ModulePath = "./Components/Webcam/WebcamCapture.razor.js";

    /// <summary>The side of the square the script cuts from the region of interest and sends as a JPEG.</summary>
    internal const int FrameSide = 140;

    /// <summary>What a frame can be: no larger than the script sends, so a page cannot send the server more.</summary>
    public static DecodeLimits FrameLimits { get; } = DecodeLimits.ForCanvas(FrameSide);

    private ElementReference _video;
    private ElementReference _roi;
    private IJSObjectReference? _module;
    private IJSObjectReference? _webcam;
    private DotNetObjectReference<WebcamCapture>? _self;
    private IReadOnlyList<Camera> _cameras = [];
    private string? _deviceId;
    private bool _starting;
    private bool _running;
    private string? _problem;
    private string? _error;
    private RecognitionResult? _result;
    private int _framesAnswered;    // since the camera started; shown as data-frames so frame rates can be measured
    private RecognitionSlot _slot = default!;

    [Inject] private IJSRuntime JS { get; set; } = default!;

    [Inject] private IDigitRecognizer Recognizer { get; set; } = default!;

    [Inject] private RecognitionAdmission Admission { get; set; } = default!;

    [Inject] private IOptions<CircuitOptions> Circuits { get; set; } = default!;

    [Inject] private TimeProvider Time { get; set; } = default!;

    /// <summary>The model that reads the frames.</summary>
    [Parameter] public string ModelId { get; set; } = ModelIds.Ensemble;

    private string Answer => _result is null ? "Looking…" : Verdicts.Short(_result) switch
    {
        "none" => "No digit",
        var shortAnswer when _result.Verdict == Verdict.Unsure => $"Unsure ({shortAnswer})",
        _ => Verdicts.Percent(_result.Confidence),
    };

    protected override void OnInitialized() => _slot = new RecognitionSlot(Circuits.Value.MinRecognitionInterval, Time);

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            _module = await JS.InvokeAsync<IJSObjectReference>("import", ModulePath);
            _self = DotNetObjectReference.Create(this);
            _webcam = await _module.InvokeAsync<IJSObjectReference>("createWebcam", _video, _roi, _self, new { frameSide = FrameSide });
            StateHasChanged();  // the start button is enabled once the camera can be opened
        }
    }

    private Task StartAsync() => OpenAsync(_deviceId);

    private Task SwitchCameraAsync(string deviceId) => OpenAsync(deviceId);

    private async Task OpenAsync(string? deviceId)
    {
        if (_webcam is null)
        {
            return;
        }

        _starting = true;
        _problem = null;
        var start = await _webcam.InvokeAsync<CameraStart>("start", deviceId);
        _starting = false;
        if (start.Error is { } error)
        {
            _running = false;
            _problem = error == "Stopped" ? null : CameraProblems.Describe(error, start.Message);
            return;
        }

        _running = true;
        _framesAnswered = 0;
        _cameras = start.Cameras;
        _deviceId = start.DeviceId ?? deviceId;
    }

    private async Task StopAsync()
    {
        _running = false;
        _result = null;
        if (_webcam is not null)
        {
            await _webcam.InvokeVoidAsync("stop");
        }
    }

    /// <summary>A frame of the region of interest; frames that arrive while one is answered replace each other.</summary>
    [JSInvokable]
    public Task OnFrame(byte[] jpeg) => _slot.SubmitAsync(() => AnswerAsync(jpeg));

    private async Task AnswerAsync(byte[] jpeg)
    {
        var outcome = await RecognitionOutcome.RecognizeAsync(Admission, Recognizer, jpeg, ModelId, compare: false, FrameLimits);
        if (_running)
        {
            _result = outcome.Result;
            _error = outcome.Error;
            _framesAnswered++;
            StateHasChanged();
        }
    }

    [JSInvokable]
    public Task OnCameraLost()
    {
        _running = false;
        _result = null;
        _problem = CameraProblems.Lost;
        StateHasChanged();
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_webcam is not null)
            {
                // Stops every track: leaving the page must switch the camera off.
                await _webcam.InvokeVoidAsync("dispose");
                await _webcam.DisposeAsync();
            }

            if (_module is not null)
            {
                await _module.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The browser is gone; it released the camera with the page.
        }

        _self?.Dispose();
    }
}
