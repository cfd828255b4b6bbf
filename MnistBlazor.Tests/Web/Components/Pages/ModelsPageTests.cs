using Bunit;
using MnistBlazor.Web.Components.Pages;

namespace MnistBlazor.Tests.Web.Components.Pages;

public sealed class ModelsPageTests : MudBlazorTestBase
{
    [Fact]
    public void EveryModelGetsACardInTheRecognizersOrder()
    {
        var cut = Render<MnistBlazor.Web.Components.Pages.Models>();

        var cards = cut.FindAll("[data-testid=model-card]");

        Assert.Equal(["ensemble", "basic-cnn", "resnet", "vgg", "mlnet"], cards.Select(c => c.GetAttribute("data-model")));
    }
}
