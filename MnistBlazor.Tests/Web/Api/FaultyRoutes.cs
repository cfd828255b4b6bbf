using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MnistBlazor.Tests.Web.Api;

/// <summary>Test-only faults behind the app's own middleware: <see cref="ThrowingPath"/> throws an exception whose message
/// must never reach the caller.</summary>
internal sealed class FaultyRoutes : IStartupFilter
{
    public const string ThrowingPath = "/api/test-fault";

    public const string Secret = "connection string=Server=db;Password=hunter2";

    public static void AddTo(IServiceCollection services) => services.AddSingleton<IStartupFilter, FaultyRoutes>();

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        // After the app's pipeline: reached only by requests no endpoint took, inside the app's error handling.
        app.Map(ThrowingPath, fault => fault.Run(_ => throw new InvalidOperationException(Secret)));
    };
}
