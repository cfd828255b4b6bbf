using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using MnistBlazor.Web.Components;

namespace MnistBlazor.Tests.Web.Browser;

/// <summary>The whole app on a real Kestrel socket (loopback, a free port) for a real browser: the real recognizer and
/// the repository's models/, plus any extra settings.</summary>
/// <remarks>Keyed on <see cref="App"/> rather than Program: the test project also sees the training console's Program.</remarks>
internal sealed class AppServer : WebApplicationFactory<App>
{
    private readonly IReadOnlyDictionary<string, string?> settings;

    public AppServer(IReadOnlyDictionary<string, string?>? settings = null)
    {
        this.settings = settings ?? new Dictionary<string, string?>();
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("The test server reports no addresses.");
        RootUri = new Uri(addresses.Addresses.First());
    }

    public Uri RootUri { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
