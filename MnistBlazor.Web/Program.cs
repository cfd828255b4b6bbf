using MnistBlazor.Web;
using MnistBlazor.Web.Api;
using MnistBlazor.Web.Circuits;
using MnistBlazor.Web.Components;
using MnistBlazor.Web.Security;

// A published app (wwwroot/ beside the dll) is its own content root: started from elsewhere, it served empty static files.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
    { Args = args, ContentRootPath = Directory.Exists(Path.Combine(AppContext.BaseDirectory, "wwwroot")) ? AppContext.BaseDirectory : null });

builder.AddApplicationServices();

var app = builder.Build();

app.UseSecurityHeaders();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
    app.UseHsts();
}
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseRecognitionApi();
app.UseAntiforgery();
app.UseCircuitLimits();

app.MapStaticAssets();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode();
app.MapRecognitionApi();

app.Run();

/// <summary>Entry point, public so that tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
