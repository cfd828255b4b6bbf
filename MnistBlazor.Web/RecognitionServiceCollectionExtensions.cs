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
        services.AddOptions<RecognitionOptions>()
            .BindConfiguration(RecognitionOptions.Section)
            .Validate(Valid, $"Invalid {RecognitionOptions.Section} settings.")
            .ValidateOnStart();
        services.AddOptions<DigitPreprocessorOptions>().BindConfiguration($"{RecognitionOptions.Section}:Preprocessing");
        services.AddOptions<AdmissionOptions>()
            .BindConfiguration(AdmissionOptions.Section)
            .Validate(options =>
            {
                options.Validate();
                return true;
            })
            .ValidateOnStart();
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

    private static bool Valid(RecognitionOptions options)
    {
        // Validate throws with the setting's name, which is more use than a generic failure message.
        options.Validate();
        return true;
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
