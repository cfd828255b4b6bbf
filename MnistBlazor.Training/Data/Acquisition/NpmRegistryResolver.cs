using Microsoft.Extensions.Logging;

namespace MnistBlazor.Training.Data.Acquisition;

/// <summary>
/// Finds the registry npm itself would use: the <c>npm_config_registry</c> environment variable, else
/// <c>npm config get registry</c>, else <c>registry=</c> in the project's then the user's .npmrc, else npm's default.
/// </summary>
public sealed class NpmRegistryResolver(
    Func<string, string?> environment,
    Func<CancellationToken, Task<string?>> askNpm,
    IReadOnlyList<string> npmrcPaths,
    ILogger logger)
{
    /// <summary>Resolution as on this machine: real environment, the npm on PATH, <c>projectDirectory/.npmrc</c>, then the user's.</summary>
    public static NpmRegistryResolver ForThisMachine(string projectDirectory, ILogger logger)
    {
        var userConfig = Environment.GetEnvironmentVariable("npm_config_userconfig")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".npmrc");
        return new NpmRegistryResolver(
            Environment.GetEnvironmentVariable,
            ct => NpmConfigCommand.GetRegistryAsync("npm", projectDirectory, logger, ct),
            [Path.Combine(projectDirectory, ".npmrc"), userConfig],
            logger);
    }

    public async Task<NpmRegistry> ResolveAsync(CancellationToken cancellationToken)
    {
        // npm reads its environment settings case-insensitively; both spellings are common.
        foreach (var name in (string[])["npm_config_registry", "NPM_CONFIG_REGISTRY"])
        {
            if (Accept(environment(name), $"environment variable {name}") is { } fromEnvironment)
            {
                return fromEnvironment;
            }
        }
        if (Accept(await askNpm(cancellationToken), "npm config get registry") is { } fromNpm)
        {
            return fromNpm;
        }
        foreach (var path in npmrcPaths.Where(File.Exists))
        {
            var text = await File.ReadAllTextAsync(path, cancellationToken);
            if (Accept(Npmrc.FindRegistry(text, environment), path) is { } fromFile)
            {
                return fromFile;
            }
        }
        return NpmRegistry.Default;
    }

    private NpmRegistry? Accept(string? value, string origin)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var registry = NpmRegistry.TryParse(value, origin);
        if (registry is null)
        {
            logger.RegistryIgnored(value, origin);
        }
        return registry;
    }
}
