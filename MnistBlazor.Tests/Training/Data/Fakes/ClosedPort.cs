using System.Net;
using System.Net.Sockets;

namespace MnistBlazor.Tests.Training.Data.Fakes;

/// <summary>A loopback URL nothing listens on, so connecting is refused at once (an unreachable mirror).</summary>
internal static class ClosedPort
{
    public static Uri Url()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/mnist/");
    }
}
