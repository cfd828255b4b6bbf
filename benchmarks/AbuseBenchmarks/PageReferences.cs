namespace MnistBlazor.Benchmarks.AbuseBenchmarks;

/// <summary>What an attacker's script on the app's page can do: catch every .NET object reference Blazor hands the page.
/// Shared with the browser tests of the same attacks.</summary>
public static class PageReferences
{
    /// <summary>An init script: a JSON reviver, attached once Blazor defines <c>DotNet</c>, sees each revived reference and
    /// keeps it in <c>window.__references</c>.</summary>
    public const string Catch = """
        (() => {
            window.__references = [];
            const attach = () => {
                if (!window.DotNet) { setTimeout(attach, 1); return; }
                DotNet.attachReviver((key, value) => {
                    if (value && typeof value.invokeMethodAsync === "function" && !window.__references.includes(value)) {
                        window.__references.push(value);
                    }
                    return value;
                });
            };
            attach();
        })();
        """;
}
