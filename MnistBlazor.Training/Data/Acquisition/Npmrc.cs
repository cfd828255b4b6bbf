using System.Text.RegularExpressions;

namespace MnistBlazor.Training.Data.Acquisition;

/// <summary>Reads the <c>registry=</c> setting of an .npmrc file the way npm does (ini lines, ${VAR} expansion).</summary>
public static partial class Npmrc
{
    /// <summary>The registry value in <paramref name="text"/>, or null; scoped (<c>@scope:registry</c>) lines are ignored.</summary>
    public static string? FindRegistry(string text, Func<string, string?> environment)
    {
        string? registry = null;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0 || line[0] is ';' or '#')
            {
                continue;
            }
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && line[..equals].Trim() == "registry")
            {
                // Later lines win, as in npm's ini parser.
                registry = Expand(Unquote(line[(equals + 1)..].Trim()), environment);
            }
        }
        return registry;
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && value[0] is '"' or '\'' && value[^1] == value[0] ? value[1..^1] : value;

    private static string Expand(string value, Func<string, string?> environment) =>
        EnvironmentReference().Replace(value, m => environment(m.Groups[1].Value) ?? m.Value);

    [GeneratedRegex(@"\$\{([^}]+)\}")]
    private static partial Regex EnvironmentReference();
}
