using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using MnistBlazor.Web.Components;
using MnistBlazor.Recognition;

namespace MnistBlazor.Tests.Web.Api;

/// <summary>The whole web app in memory, reading its models from <paramref name="modelsDirectory"/>, with extra settings
/// and, for tests that need them, extra services (a test-only middleware through an IStartupFilter, say).</summary>
/// <remarks>Keyed on <see cref="App"/> rather than Program: the test project also sees the training console's internal
/// Program, and any type of the web assembly leads the factory to the same entry point.</remarks>
internal sealed class RecognitionApiFactory(
    string modelsDirectory, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<App>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Recognition:ModelsDirectory", modelsDirectory);
        // Plumbing tests run on random-weight graphs; zero thresholds make every drawn image a "digit".
        foreach (var id in ModelIds.All)
        {
            foreach (var check in new[] { "MinConfidence", "MinStability", "MinMemberConfidence" })
            {
                builder.UseSetting($"Recognition:Verdict:Models:{id}:{check}", "0");
            }

            builder.UseSetting($"Recognition:Verdict:Models:{id}:MaxShapeDistance", "1e9");
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        if (services is not null)
        {
            builder.ConfigureServices(services);
        }
    }
}
