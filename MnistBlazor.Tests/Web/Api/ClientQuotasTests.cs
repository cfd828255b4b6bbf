using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MnistBlazor.Web.Api;

namespace MnistBlazor.Tests.Web.Api;

public sealed class ClientQuotasTests
{
    private readonly FakeTimeProvider time = new();
    private readonly ClientQuotas quotas;

    public ClientQuotasTests() =>
        quotas = new ClientQuotas(Options.Create(new ApiOptions { PermitLimit = 10, Window = TimeSpan.FromMinutes(1) }), time);

    [Fact]
    public void RetryAfterIsTheTimeLeftInTheWindow()
    {
        Assert.True(quotas.TryTake("203.0.113.7", 10, out _));
        time.Advance(TimeSpan.FromSeconds(45));

        Assert.False(quotas.TryTake("203.0.113.7", 1, out var retryAfter));
        Assert.Equal(TimeSpan.FromSeconds(15), retryAfter);
    }

    [Fact]
    public void ANewWindowStartsWhenTheOldOneEnds()
    {
        Assert.True(quotas.TryTake("203.0.113.7", 10, out _));
        time.Advance(TimeSpan.FromMinutes(1));

        Assert.True(quotas.TryTake("203.0.113.7", 10, out _));
    }

    [Fact]
    public void ACostlyRequestTakesSeveralUnits()
    {
        Assert.True(quotas.TryTake("203.0.113.7", 5, out _));
        Assert.True(quotas.TryTake("203.0.113.7", 5, out _));

        Assert.False(quotas.TryTake("203.0.113.7", 1, out _));
    }

    [Fact]
    public void ClientsHaveWindowsOfTheirOwn()
    {
        Assert.True(quotas.TryTake("203.0.113.7", 10, out _));

        Assert.True(quotas.TryTake("198.51.100.1", 1, out _));
    }

    [Fact]
    public void ACostAboveTheWholeLimitCanStillBeServedInAnEmptyWindow()
    {
        Assert.True(quotas.TryTake("203.0.113.7", 50, out _));

        Assert.False(quotas.TryTake("203.0.113.7", 1, out _));
    }
}
