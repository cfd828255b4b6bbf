using MnistBlazor.Web;
using MnistBlazor.Web.Api;
using MnistBlazor.Web.Components;
using MnistBlazor.Web.Security;

var builder = WebApplication.CreateBuilder(args);

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
app.UseRateLimiter();

app.MapStaticAssets();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode();
app.MapRecognitionApi();

app.Run();

/// <summary>Entry point, public so that tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
