namespace MnistBlazor.Web.Api;

/// <summary>Limits of the REST API; bound from "Api".</summary>
public sealed record ApiOptions
{
    public const string Section = "Api";

    /// <summary>Largest accepted request body for POST /api/predict; bigger uploads get 413.</summary>
    public long MaxUploadBytes { get; init; } = 5 * 1024 * 1024;

    /// <summary>Requests one client IP may make in a window before getting 429. Generous: a person drawing, the UI and
    /// the test suite stay far below it; it only stops a runaway script.</summary>
    public int PermitLimit { get; init; } = 1200;

    public TimeSpan Window { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The API's public address (https://host/) for the OpenAPI document's servers; empty names no server.</summary>
    public string? PublicUrl { get; init; }

    public void Validate()
    {
        Require(MaxUploadBytes >= 1, nameof(MaxUploadBytes), MaxUploadBytes, "at least 1");
        Require(PermitLimit >= 1, nameof(PermitLimit), PermitLimit, "at least 1");
        Require(Window > TimeSpan.Zero, nameof(Window), Window, "positive");
        Require(string.IsNullOrEmpty(PublicUrl) || Uri.TryCreate(PublicUrl, UriKind.Absolute, out _), nameof(PublicUrl), PublicUrl ?? "", "an absolute URL or empty");
    }

    private static void Require(bool holds, string name, object value, string expected)
    {
        if (!holds)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{Section}:{name} must be {expected}.");
        }
    }
}
