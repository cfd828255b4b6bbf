using Bunit;
using MnistBlazor.Tests.Web.Components.Fakes;
using MnistBlazor.Web.Components.Prediction;

namespace MnistBlazor.Tests.Web.Components.Prediction;

public sealed class SeenDigitTests : MudBlazorTestBase
{
    [Fact]
    public void ModelsInputIsShownAsAnEnlargedPng()
    {
        var seen = FakeResults.Seen();

        var cut = Render<SeenDigit>(ps => ps.Add(p => p.Image, seen).Add(p => p.Size, 112));

        var image = cut.Find("[data-testid=seen-digit]");
        Assert.Equal("data:image/png;base64," + Convert.ToBase64String(seen.ToPng()), image.GetAttribute("src"));
        Assert.Equal("112", image.GetAttribute("width"));
        Assert.Contains("seen-digit__image", image.ClassList);
    }
}
