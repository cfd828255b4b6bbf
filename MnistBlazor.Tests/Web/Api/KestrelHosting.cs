using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace MnistBlazor.Tests.Web.Api;

/// <summary>Runs a factory's app on a real Kestrel socket, for what the in-memory test server does not do (data rates,
/// the Server header).</summary>
internal static class KestrelHosting
{
    /// <summary>Starts the app on a free loopback port and returns its address.</summary>
    public static Uri StartOnKestrel(this RecognitionApiFactory factory)
    {
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("The server reports no addresses.");
        return new Uri(addresses.Addresses.First());
    }
}
