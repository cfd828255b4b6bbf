namespace MnistBlazor.Web.Api;

/// <summary>A request the API refuses, with the status and a detail naming the fault; answered as RFC 7807 problem details.</summary>
internal sealed class ApiProblem(int status, string title, string detail, IDictionary<string, object?>? extensions = null)
    : Exception(detail)
{
    public int Status { get; } = status;

    public string Title { get; } = title;

    public IDictionary<string, object?>? Extensions { get; } = extensions;

    public IResult ToResult() => TypedResults.Problem(Message, statusCode: Status, title: Title, extensions: Extensions);
}
