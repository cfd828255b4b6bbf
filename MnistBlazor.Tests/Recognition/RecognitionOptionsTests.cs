using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using MnistBlazor.Recognition;
using MnistBlazor.Web;

namespace MnistBlazor.Tests.Recognition;

public sealed class RecognitionOptionsTests
{
    [Fact]
    public void ConfiguredThresholdReplacesOnlyThatSetting()
    {
        var options = Bind(new Dictionary<string, string?>
        {
            ["Recognition:Verdict:Models:ensemble:MinConfidence"] = "0.5",
            ["Recognition:IntraOpThreads"] = "2",
        });

        var ensemble = options.Verdict.For(ModelIds.Ensemble);
        Assert.Equal(0.5f, ensemble.MinConfidence);
        Assert.Equal(new RecognitionOptions().Verdict.For(ModelIds.Ensemble) with { MinConfidence = 0.5f }, ensemble);
        Assert.Equal(2, options.IntraOpThreads);
    }

    [Fact]
    public void ZeroThreadsAreRefusedNamingTheSetting()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new RecognitionOptions { IntraOpThreads = 0 }.Validate());

        Assert.Contains("Recognition:IntraOpThreads must be at least 1.", error.Message, StringComparison.Ordinal);
    }

    private static RecognitionOptions Bind(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<IHostEnvironment>(new HostingEnvironment { ContentRootPath = Path.GetTempPath() })
            .AddLogging()
            .AddDigitRecognition();
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<RecognitionOptions>>().Value;
    }
}
