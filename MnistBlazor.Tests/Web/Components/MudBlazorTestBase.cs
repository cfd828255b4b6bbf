using Bunit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MnistBlazor.Tests.Web.Components.Fakes;
using MnistBlazor.Web.Circuits;
using MnistBlazor.Web.Components.ModelCards;
using MnistBlazor.Web.Components.Upload;
using MnistBlazor.Recognition;
using MnistBlazor.Web.Admission;
using MnistBlazor.Recognition.Preprocessing;
using MudBlazor;
using MudBlazor.Services;

namespace MnistBlazor.Tests.Web.Components;

/// <summary>The shared bUnit set-up: MudBlazor services, loose JS interop for MudBlazor's own calls, a fake recognizer
/// behind the app's real admission, decoder and limits. Tests set up and verify their own components' JS modules explicitly.</summary>
public abstract class MudBlazorTestBase : BunitContext, IAsyncLifetime
{
    /// <summary>bUnit waits 1 s by default; with the whole suite (browser tests, quick training runs) sharing two cores,
    /// the renderer's dispatcher has been seen not to run a wait's check within that second.</summary>
    static MudBlazorTestBase() => DefaultWaitTimeout = TimeSpan.FromSeconds(10);

    protected MudBlazorTestBase()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton<IDigitRecognizer>(Recognizer);
        Services.AddSingleton<IConfiguration>(Configuration);
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton(Options.Create(new CircuitOptions()));
        Services.AddSingleton(_ => new RecognitionAdmission(Options.Create(Admission)));
        Services.AddSingleton(new DigitPreprocessor());
        Services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        Services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        Services.AddSingleton<UploadRecognition>();
        Services.AddSingleton(_ => new RobustnessFigures(RobustnessDirectory));
    }

    /// <summary>Where the page looks for models/robustness.json; a test may point it at a folder of its own before rendering.</summary>
    protected string RobustnessDirectory { get; set; } = Path.Combine(Path.GetTempPath(), "mnistblazor-no-robustness-figures");

    /// <summary>The admission's settings; a test may change them before its first render.</summary>
    protected AdmissionOptions Admission { get; set; } = new();

    protected FakeDigitRecognizer Recognizer { get; } = new();

    protected IConfigurationRoot Configuration { get; } = new ConfigurationBuilder().AddInMemoryCollection().Build();

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>MudBlazor's services are only asynchronously disposable; xunit 2 would otherwise call Dispose.</summary>
    async Task IAsyncLifetime.DisposeAsync() => await base.DisposeAsync();

    /// <summary>Selects and menus open in popovers, which need a provider on the page.</summary>
    protected IRenderedComponent<MudPopoverProvider> RenderPopoverProvider() => Render<MudPopoverProvider>();
}
