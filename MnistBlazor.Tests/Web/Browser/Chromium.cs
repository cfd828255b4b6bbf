using Microsoft.Playwright;

namespace MnistBlazor.Tests.Web.Browser;

/// <summary>Launches Debian's Chromium under Playwright: nothing is downloaded, nothing phones home.</summary>
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright, params string[] extraArguments) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", .. extraArguments,
            ],
        });

    /// <summary>Chromium whose only camera plays <paramref name="video"/> (a .y4m) in a loop, with permission granted.</summary>
    public static Task<IBrowser> LaunchWithFakeCameraAsync(IPlaywright playwright, string video) =>
        LaunchAsync(playwright, "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
            $"--use-file-for-fake-video-capture={video}");

    public static BrowserNewContextOptions Desktop => new() { ViewportSize = new() { Width = 1280, Height = 900 } };

    public static BrowserNewContextOptions Phone => new()
    {
        ViewportSize = new() { Width = 390, Height = 844 },
        DeviceScaleFactor = 2,
        IsMobile = true,
        HasTouch = true,
    };
}
