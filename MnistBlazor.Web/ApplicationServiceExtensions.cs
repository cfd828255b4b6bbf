using Microsoft.Extensions.DependencyInjection.Extensions;
using MnistBlazor.Web.Api;
using MnistBlazor.Web.Circuits;
using MnistBlazor.Recognition.Catalog;
using MnistBlazor.Web.Components.ModelCards;
using MnistBlazor.Web.Components.Upload;
using MnistBlazor.Recognition;
using MnistBlazor.Web.Security;
using MudBlazor.Services;

namespace MnistBlazor.Web;

/// <summary>The one place where the web app's services are registered.</summary>
public static class ApplicationServiceExtensions
{
    public static WebApplicationBuilder AddApplicationServices(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents()
            .AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddDigitRecognition();
        builder.Services.AddCircuitLimits();
        builder.Services.AddSingleton<UploadRecognition>();
        builder.Services.AddSingleton(provider => new RobustnessFigures(provider.GetRequiredService<ModelCatalog>().Directory));
        builder.AddRecognitionApi();
        builder.AddSecurityHeaders();
        return builder;
    }
}
