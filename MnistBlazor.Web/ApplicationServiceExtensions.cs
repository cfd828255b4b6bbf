using MnistBlazor.Web.Api;
using MnistBlazor.Web.Recognition;
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
        builder.Services.AddDigitRecognition();
        builder.AddRecognitionApi();
        builder.AddSecurityHeaders();
        return builder;
    }
}
