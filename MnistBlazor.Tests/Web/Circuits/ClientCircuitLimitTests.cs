using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MnistBlazor.Web.Circuits;

namespace MnistBlazor.Tests.Web.Circuits;

public sealed class ClientCircuitLimitTests
{
    private readonly TaskCompletionSource closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ClientCircuitLimit limit;

    public ClientCircuitLimitTests() => limit = new ClientCircuitLimit(
        _ => closed.Task, Options.Create(new CircuitOptions { MaxPerClient = 2 }), NullLogger<ClientCircuitLimit>.Instance);

    [Fact]
    public async Task AClientOverItsLimitOfOpenPagesIsRefused()
    {
        var open = new[] { Connect("203.0.113.7"), Connect("203.0.113.7") };
        var third = Connect("203.0.113.7");

        var refused = await third.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(StatusCodes.Status429TooManyRequests, refused.Response.StatusCode);
        Assert.All(open, o => Assert.False(o.IsCompleted));
        closed.SetResult();
    }

    [Fact]
    public async Task OtherClientsAreNotCountedAgainstIt()
    {
        _ = Connect("203.0.113.7");
        _ = Connect("203.0.113.7");

        var other = Connect("198.51.100.1");

        Assert.False(other.IsCompleted);
        closed.SetResult();
        Assert.Equal(StatusCodes.Status200OK, (await other).Response.StatusCode);
    }

    [Fact]
    public async Task AClosedPageFreesItsPlace()
    {
        var first = Connect("203.0.113.7");
        var second = Connect("203.0.113.7");
        closed.SetResult();
        await Task.WhenAll(first, second);

        var held = new TaskCompletionSource();
        var limitAfter = new ClientCircuitLimit(_ => held.Task, Options.Create(new CircuitOptions { MaxPerClient = 2 }),
            NullLogger<ClientCircuitLimit>.Instance);
        var again = Connect(limitAfter, "203.0.113.7");

        Assert.False(again.IsCompleted);
        held.SetResult();
        Assert.Equal(StatusCodes.Status200OK, (await again).Response.StatusCode);
    }

    [Fact]
    public async Task NegotiationIsNotCounted()
    {
        _ = Connect("203.0.113.7");
        _ = Connect("203.0.113.7");

        var negotiate = Connect(limit, "203.0.113.7", "/_blazor/negotiate");

        Assert.False(negotiate.IsCompleted);
        closed.SetResult();
        Assert.Equal(StatusCodes.Status200OK, (await negotiate).Response.StatusCode);
    }

    private Task<HttpContext> Connect(string client) => Connect(limit, client);

    /// <summary>A request to the hub that stays open, as a page's WebSocket does, until the next delegate completes.</summary>
    private static async Task<HttpContext> Connect(ClientCircuitLimit limit, string client, string path = ClientCircuitLimit.HubPath)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = path;
        context.Connection.RemoteIpAddress = IPAddress.Parse(client);
        await limit.InvokeAsync(context);
        return context;
    }
}
