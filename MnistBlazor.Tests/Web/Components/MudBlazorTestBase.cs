using Bunit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MnistBlazor.Tests.Web.Components.Fakes;
using MnistBlazor.Web.Recognition;
using MudBlazor;
using MudBlazor.Services;

namespace MnistBlazor.Tests.Web.Components;

/// <summary>The shared bUnit set-up: MudBlazor services, loose JS interop for MudBlazor's own calls and a fake
/// recognizer. Tests set up and verify their own components' JS modules explicitly.</summary>
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
    }

    protected FakeDigitRecognizer Recognizer { get; } = new();

    protected IConfigurationRoot Configuration { get; } = new ConfigurationBuilder().AddInMemoryCollection().Build();

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>MudBlazor's services are only asynchronously disposable; xunit 2 would otherwise call Dispose.</summary>
    async Task IAsyncLifetime.DisposeAsync() => await base.DisposeAsync();

    /// <summary>Selects and menus open in popovers, which need a provider on the page.</summary>
    protected IRenderedComponent<MudPopoverProvider> RenderPopoverProvider() => Render<MudPopoverProvider>();
}
