namespace MnistBlazor.Web.Components.Prediction;

/// <summary>
/// One page's recognitions: at most one in flight; input that arrives meanwhile waits, and newer input replaces waiting
/// input (the page shows only the latest answer); at most one start per <c>minInterval</c>. A page that calls the server
/// a thousand times a second thus costs what one drawing person costs. Each submission's task completes when the
/// recognition that covers it (its own or a newer one) is done.
/// </summary>
/// <remarks>Used from one circuit's dispatcher, which runs a page's events one at a time, so it takes no locks.</remarks>
public sealed class RecognitionSlot(TimeSpan minInterval, TimeProvider time)
{
    private Func<Task>? waiting;
    private List<TaskCompletionSource> waiters = [];
    private bool running;
    private long lastStart;

    /// <summary>Runs <paramref name="recognition"/> when the slot is free, unless newer input replaces it first.</summary>
    public Task SubmitAsync(Func<Task> recognition)
    {
        ArgumentNullException.ThrowIfNull(recognition);
        waiting = recognition;
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        waiters.Add(done);
        if (!running)
        {
            running = true;
            _ = RunAsync();
        }

        return done.Task;
    }

    private async Task RunAsync()
    {
        while (waiting is not null)
        {
            var wait = minInterval - time.GetElapsedTime(lastStart);
            if (lastStart != 0 && wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time);
            }

            var recognition = waiting;
            var covered = waiters;
            waiting = null;
            waiters = [];
            lastStart = time.GetTimestamp();
            try
            {
                await recognition();
                covered.ForEach(w => w.TrySetResult());
            }
            catch (Exception e)
            {
                // The submitter's own task carries the failure, as if it had run the recognition itself.
                covered.ForEach(w => w.TrySetException(e));
            }
        }

        running = false;
    }
}
