using Bunit;
using Microsoft.AspNetCore.Components;
using MnistBlazor.Web.Components.Layout;
using MudBlazor;

namespace MnistBlazor.Tests.Web.Components.Layout;

public sealed class MainLayoutTests : MudBlazorTestBase
{
    [Fact]
    public void AppBarLinksToEveryPage()
    {
        var cut = Render<MainLayout>(ps => ps.Add(p => p.Body, (RenderFragment)(b => b.AddContent(0, "page"))));

        var links = cut.FindAll(".app-nav__link");

        Assert.Equal(["", "webcam", "upload", "models"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal(["Draw", "Webcam", "Upload", "Models"], links.Select(a => a.TextContent.Trim()));
    }

    [Fact]
    public void DarkModeToggleSwitchesTheTheme()
    {
        var cut = Render<MainLayout>(ps => ps.Add(p => p.Body, (RenderFragment)(b => b.AddContent(0, "page"))));

        var toggle = cut.FindComponents<MudIconButton>().Single(b => b.Find("button").GetAttribute("aria-label") == "Toggle dark mode");
        Assert.Equal(Icons.Material.Filled.DarkMode, toggle.Instance.Icon);

        toggle.Find("button").Click();

        Assert.Equal(Icons.Material.Filled.LightMode, toggle.Instance.Icon);
        Assert.Contains("--mud-palette-background: rgba(50,51,61,1)", cut.Markup);
    }
}
