using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace MnistBlazor.Web.Circuits;

/// <summary>
/// Refuses a client address a new Blazor connection while it holds <see cref="CircuitOptions.MaxPerClient"/> open. Each
/// page's circuit lives on one long request to the hub (the WebSocket, or a server-sent event stream), so open requests
/// to the hub's connection path count a client's pages; negotiation and the other hub paths are not counted.
/// </summary>
internal sealed class ClientCircuitLimit(RequestDelegate next, IOptions<CircuitOptions> options, ILogger<ClientCircuitLimit> logger)
{
    public const string HubPath = "/_blazor";

    private readonly ConcurrentDictionary<string, int> open = new();

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.Equals(HubPath, StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var count = open.AddOrUpdate(client, 1, (_, held) => held + 1);
        try
        {
            if (count > options.Value.MaxPerClient)
            {
                logger.LogWarning("Refused a page connection from {Client}: it holds {Open} open, the limit is {Limit}.",
                    client, count - 1, options.Value.MaxPerClient);
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                return;
            }

            await next(context);
        }
        finally
        {
            open.AddOrUpdate(client, 0, (_, held) => held - 1);
            open.TryRemove(new KeyValuePair<string, int>(client, 0));
        }
    }
}
