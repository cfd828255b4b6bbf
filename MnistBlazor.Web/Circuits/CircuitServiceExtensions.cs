namespace MnistBlazor.Web.Circuits;

public static class CircuitServiceExtensions
{
    /// <summary>Registers the per-page and per-client limits, bound from "Circuits".</summary>
    public static IServiceCollection AddCircuitLimits(this IServiceCollection services)
    {
        services.AddOptions<CircuitOptions>()
            .BindConfiguration(CircuitOptions.Section)
            .Validate(options =>
            {
                options.Validate();
                return true;
            })
            .ValidateOnStart();
        return services;
    }

    /// <summary>Counts each client address's open pages; goes before the Blazor hub is mapped.</summary>
    public static IApplicationBuilder UseCircuitLimits(this IApplicationBuilder app) => app.UseMiddleware<ClientCircuitLimit>();
}
