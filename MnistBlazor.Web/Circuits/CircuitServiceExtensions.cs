namespace MnistBlazor.Web.Circuits;

public static class CircuitServiceExtensions
{
    /// <summary>Registers the per-page and per-client limits, bound from "Circuits".</summary>
    public static IServiceCollection AddCircuitLimits(this IServiceCollection services)
    {
        services.AddCheckedOptions<CircuitOptions>(CircuitOptions.Section, options => options.Validate());
        return services;
    }

    /// <summary>Counts each client address's open pages; goes before the Blazor hub is mapped.</summary>
    public static IApplicationBuilder UseCircuitLimits(this IApplicationBuilder app) => app.UseMiddleware<ClientCircuitLimit>();
}
