using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using MnistBlazor.Tests.Recognition.Models;

namespace MnistBlazor.Tests.Web.Api;

/// <summary>An upload that trickles in below Kestrel's minimum data rate, on a real socket.</summary>
public sealed class SlowUploadTests
{
    [Fact]
    public async Task BodyArrivingTooSlowlyIs408Problem()
    {
        using var folder = ModelFolder.WithEveryModel();
        using var factory = new RecognitionApiFactory(folder.Path, services: services => services.Configure<KestrelServerOptions>(kestrel =>
            kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(bytesPerSecond: 1000, gracePeriod: TimeSpan.FromSeconds(2))));
        var root = factory.StartOnKestrel();
        using var socket = new TcpClient();
        await socket.ConnectAsync(root.Host, root.Port);
        var stream = socket.GetStream();

        // A form that promises 100 kB and sends its first line only, then waits: after the 2 s grace a few bytes are far below 1 kB/s.
        var head = "POST /api/predict HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; boundary=b\r\n"
            + "Content-Length: 100000\r\n\r\n--b\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        var answer = await ReadAnswerAsync(stream).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.StartsWith("HTTP/1.1 408", answer, StringComparison.Ordinal);
        Assert.Contains("Content-Type: application/problem+json", answer, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"title\":\"Request body too slow\"", answer, StringComparison.Ordinal);
    }

    /// <summary>Everything the server sends until it closes the connection (it does after a 408).</summary>
    private static async Task<string> ReadAnswerAsync(NetworkStream stream)
    {
        using var answer = new MemoryStream();
        await stream.CopyToAsync(answer);
        return Encoding.UTF8.GetString(answer.ToArray());
    }
}
