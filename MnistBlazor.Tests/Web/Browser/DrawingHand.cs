using Microsoft.Playwright;

namespace MnistBlazor.Tests.Web.Browser;

/// <summary>Draws digits on the drawing pad with the mouse, as a person would: press, move, release.</summary>
internal static class DrawingHand
{
    /// <summary>Strokes in fractions of the pad's side (0,0 top left).</summary>
    public static IReadOnlyList<IReadOnlyList<(double X, double Y)>> One { get; } = [[(0.52, 0.18), (0.50, 0.50), (0.49, 0.82)]];

    public static IReadOnlyList<IReadOnlyList<(double X, double Y)>> Seven { get; } = [[(0.28, 0.22), (0.72, 0.22), (0.44, 0.82)]];

    public static IReadOnlyList<IReadOnlyList<(double X, double Y)>> Zero { get; } = [Ellipse(0.5, 0.5, 0.19, 0.3, 32)];

    /// <summary>A seven a third of the usual size, tucked into the top-left corner.</summary>
    public static IReadOnlyList<IReadOnlyList<(double X, double Y)>> SmallOffCentreSeven { get; } =
        [[.. Seven[0].Select(p => (0.06 + (p.X * 0.35), 0.05 + (p.Y * 0.35)))]];

    public static ILocator Pad(IPage page) => page.GetByTestId("drawing-pad");

    /// <summary>Waits until the pad's script handles input, then draws every stroke.</summary>
    public static async Task DrawAsync(IPage page, IReadOnlyList<IReadOnlyList<(double X, double Y)>> strokes)
    {
        var pad = Pad(page);
        await page.Locator("[data-testid=drawing-pad][data-ready=true]").WaitForAsync();
        var box = await pad.BoundingBoxAsync() ?? throw new InvalidOperationException("The drawing pad is not visible.");
        foreach (var stroke in strokes)
        {
            // About two dozen pointer moves per stroke, however many corners it has: smooth, and quick to replay.
            await StrokeAsync(page, box, stroke, pointerMoves: 24);
        }
    }

    /// <summary>One quick stroke, as a hand draws it: about eight pointer moves between press and release, so the pad
    /// sends the first dot at once and the rest after pointer-up.</summary>
    public static Task StrokeQuicklyAsync(IPage page, LocatorBoundingBoxResult box, IReadOnlyList<(double X, double Y)> stroke) =>
        StrokeAsync(page, box, stroke, pointerMoves: 8);

    private static async Task StrokeAsync(IPage page, LocatorBoundingBoxResult box, IReadOnlyList<(double X, double Y)> stroke, int pointerMoves)
    {
        await page.Mouse.MoveAsync(X(box, stroke[0].X), Y(box, stroke[0].Y));
        await page.Mouse.DownAsync();
        var steps = Math.Max(1, pointerMoves / (stroke.Count - 1));
        foreach (var (x, y) in stroke.Skip(1))
        {
            await page.Mouse.MoveAsync(X(box, x), Y(box, y), new MouseMoveOptions { Steps = steps });
        }

        await page.Mouse.UpAsync();
    }

    private static float X(LocatorBoundingBoxResult box, double x) => (float)(box.X + (x * box.Width));

    private static float Y(LocatorBoundingBoxResult box, double y) => (float)(box.Y + (y * box.Height));

    private static IReadOnlyList<(double X, double Y)> Ellipse(double cx, double cy, double rx, double ry, int points) =>
        [.. Enumerable.Range(0, points + 1).Select(i => i * 2 * Math.PI / points).Select(a => (cx + (rx * Math.Sin(a)), cy - (ry * Math.Cos(a))))];
}
