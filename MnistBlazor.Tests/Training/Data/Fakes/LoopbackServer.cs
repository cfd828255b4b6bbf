using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MnistBlazor.Tests.Training.Data.Fakes;

/// <summary>A Kestrel server on 127.0.0.1 with a free port, serving fixed bytes by path and recording what was asked.</summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, byte[]> _responses = new();
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly WebApplication _app;

    private LoopbackServer(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Paths requested so far, in order.</summary>
    public IReadOnlyCollection<string> Requests => _requests;

    /// <summary>Delay before answering, to exercise timeouts.</summary>
    public TimeSpan Delay { get; set; }

    public static async Task<LoopbackServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var server = new LoopbackServer(builder.Build());
        server._app.Run(server.AnswerAsync);
        await server._app.StartAsync();
        server.BaseUrl = new Uri(server._app.Urls.Single() + "/");
        return server;
    }

    public Uri Url(string path) => new(BaseUrl, path);

    public void Serve(string path, byte[] content) => _responses[path.TrimStart('/')] = content;

    public void Serve(string path, string content) => Serve(path, System.Text.Encoding.UTF8.GetBytes(content));

    private async Task AnswerAsync(HttpContext context)
    {
        var path = context.Request.Path.Value!.TrimStart('/');
        _requests.Enqueue(path);
        await Task.Delay(Delay, context.RequestAborted);
        if (!_responses.TryGetValue(path, out var content))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        context.Response.ContentLength = content.Length;
        await context.Response.Body.WriteAsync(content, context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
