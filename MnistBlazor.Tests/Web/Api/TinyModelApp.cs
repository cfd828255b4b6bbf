using MnistBlazor.Tests.Recognition.Models;

namespace MnistBlazor.Tests.Web.Api;

/// <summary>The app serving tiny random-weight graphs for every model id, shared by a test class.</summary>
public sealed class TinyModelApp : IDisposable
{
    private readonly ModelFolder folder = ModelFolder.WithEveryModel();
    private readonly RecognitionApiFactory factory;

    public TinyModelApp()
    {
        factory = new RecognitionApiFactory(folder.Path);
        Client = factory.CreateClient();
    }

    public HttpClient Client { get; }

    public void Dispose()
    {
        Client.Dispose();
        factory.Dispose();
        folder.Dispose();
    }
}
