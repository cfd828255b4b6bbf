using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MnistBlazor.Tests.Web.Browser;

/// <summary>Times, inside the page, how long after the pen lifts the answer is on screen: pointer-up to the rendered
/// digit, through JS encoding, SignalR, preprocessing, the model and Blazor's render.</summary>
internal static class AnswerTiming
{
    public const double WrongDigit = -1;
    public const double NoAnswer = -2;

    // Listens before the pen goes down. Once the pad has no answer pending after pointer-up, resolves with the time of
    // the last change to the prediction panel after pointer-up (0 when the final answer was already on screen), or
    // with -1 when the answer is not the expected digit, or -2 when no answer came in time.
    private const string Arm = """
        (canvas, [expected, timeoutMs]) => {
            canvas.latency = new Promise(resolve => {
                const panel = document.querySelector(".prediction-panel");
                let upAt = 0, lastChange = 0;
                const finish = value => { observer.disconnect(); resolve(value); };
                const observer = new MutationObserver(records => {
                    if (!upAt) {
                        return;
                    }
                    if (records.some(r => panel.contains(r.target))) {
                        lastChange = performance.now();
                    }
                    if (canvas.dataset.pending === "false") {
                        const digit = panel.querySelector("[data-testid=prediction-digit]").textContent;
                        finish(digit === expected ? Math.max(0, lastChange - upAt) : -1);
                    }
                });
                canvas.addEventListener("pointerup", () => {
                    upAt = performance.now();
                    setTimeout(() => finish(-2), timeoutMs);
                }, { once: true, capture: true });
                observer.observe(panel, { childList: true, characterData: true, subtree: true, attributes: true });
                observer.observe(canvas, { attributes: true, attributeFilter: ["data-pending"] });
            });
        }
        """;

    /// <summary>Clears the pad, draws <paramref name="stroke"/> in one quick stroke and returns the milliseconds from
    /// pointer-up to the rendered answer, or <see cref="WrongDigit"/> or <see cref="NoAnswer"/>.</summary>
    public static async Task<double> DrawAndTimeAsync(IPage page, IReadOnlyList<(double X, double Y)> stroke,
        string expectedDigit, TimeSpan timeout)
    {
        var pad = DrawingHand.Pad(page);
        await page.GetByTestId("clear-button").ClickAsync();
        await Expect(page.GetByTestId("prediction-digit")).ToHaveTextAsync("");
        await pad.EvaluateAsync(Arm, new object[] { expectedDigit, timeout.TotalMilliseconds });
        // Measured just before drawing: a page that has just opened may still move the pad as it lays out.
        var box = await pad.BoundingBoxAsync() ?? throw new InvalidOperationException("The drawing pad is not visible.");
        await DrawingHand.StrokeQuicklyAsync(page, box, stroke);
        return await pad.EvaluateAsync<double>("canvas => canvas.latency");
    }

    /// <summary>Why a timing is not a time, in words for an assertion.</summary>
    public static string Explain(double milliseconds, string expectedDigit) => milliseconds switch
    {
        WrongDigit => $"The quick {expectedDigit} was not read as a {expectedDigit}.",
        NoAnswer => "No answer came in time (or the stroke began off the pad, so nothing was drawn).",
        _ => $"The answer came after {milliseconds:0} ms.",
    };
}
