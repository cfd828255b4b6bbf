using Microsoft.Extensions.Time.Testing;
using MnistBlazor.Web.Components.Prediction;

namespace MnistBlazor.Tests.Web.Components.Prediction;

public sealed class RecognitionSlotTests
{
    private readonly FakeTimeProvider time = new();

    [Fact]
    public async Task InputArrivingMeanwhileReplacesWaitingInputAndOnlyTheNewestRuns()
    {
        var slot = new RecognitionSlot(TimeSpan.Zero, time);
        var first = new TaskCompletionSource();
        var ran = new List<int>();

        var one = slot.SubmitAsync(async () => { ran.Add(1); await first.Task; });
        var submitted = Enumerable.Range(2, 999).Select(i => slot.SubmitAsync(() => { ran.Add(i); return Task.CompletedTask; })).ToList();
        first.SetResult();
        await Task.WhenAll(submitted.Append(one));

        Assert.Equal([1, 1000], ran);
    }

    [Fact]
    public async Task NoMoreThanOneRecognitionRunsAtOnce()
    {
        var slot = new RecognitionSlot(TimeSpan.Zero, time);
        var running = 0;
        var most = 0;
        async Task Recognize()
        {
            most = Math.Max(most, ++running);
            await Task.Yield();
            running--;
        }

        await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => slot.SubmitAsync(Recognize)));

        Assert.Equal(1, most);
    }

    [Fact]
    public async Task TheNextRecognitionWaitsForTheMinimumInterval()
    {
        var slot = new RecognitionSlot(TimeSpan.FromMilliseconds(50), time);
        var ran = 0;
        await slot.SubmitAsync(() => { ran++; return Task.CompletedTask; });

        var second = slot.SubmitAsync(() => { ran++; return Task.CompletedTask; });
        await Task.Delay(20);
        Assert.Equal(1, ran);
        time.Advance(TimeSpan.FromMilliseconds(50));
        await second;

        Assert.Equal(2, ran);
    }

    [Fact]
    public async Task AFailedRecognitionFailsItsSubmittersAndTheSlotGoesOn()
    {
        var slot = new RecognitionSlot(TimeSpan.Zero, time);

        var failed = slot.SubmitAsync(() => throw new InvalidOperationException("the model broke"));
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => failed);
        var ran = false;
        await slot.SubmitAsync(() => { ran = true; return Task.CompletedTask; });

        Assert.Equal("the model broke", error.Message);
        Assert.True(ran);
    }
}
