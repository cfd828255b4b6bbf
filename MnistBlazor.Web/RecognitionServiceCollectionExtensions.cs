using MnistBlazor.Recognition;
using Microsoft.Extensions.Options;
using MnistBlazor.Web.Admission;
using MnistBlazor.Recognition.Catalog;
using MnistBlazor.Recognition.Preprocessing;

namespace MnistBlazor.Web;

public static class RecognitionServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IDigitRecognizer"/>, the <see cref="RecognitionAdmission"/> every caller takes a turn from, and what they need, bound from the "Recognition" section; the
    /// models load when the host starts, so the first request does not pay for it and failures show in the start-up log.</summary>
    public static IServiceCollection AddDigitRecognition(this IServiceCollection services)
    {
        services.AddCheckedOptions<RecognitionOptions>(RecognitionOptions.Section, options => options.Validate());
        services.AddOptions<DigitPreprocessorOptions>().BindConfiguration($"{RecognitionOptions.Section}:Preprocessing");
        services.AddCheckedOptions<AdmissionOptions>(AdmissionOptions.Section, options => options.Validate());
        services.AddSingleton<RecognitionAdmission>();

        services.AddSingleton<DigitPreprocessor>();
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<RecognitionOptions>>().Value;
            var contentRoot = provider.GetRequiredService<IHostEnvironment>().ContentRootPath;
            return ModelCatalog.Load(
                ModelsDirectory.Resolve(options.ModelsDirectory, contentRoot, AppContext.BaseDirectory), options, provider.GetRequiredService<ILogger<ModelCatalog>>());
        });
        services.AddSingleton<IDigitRecognizer, DigitRecognizer>();
        services.AddHostedService<ModelCatalogStartup>();
        return services;
    }

    private sealed class ModelCatalogStartup(IServiceProvider services) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            services.GetRequiredService<ModelCatalog>();
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
