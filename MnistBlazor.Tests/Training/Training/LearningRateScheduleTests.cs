using MnistBlazor.Training.Training.Schedules;

namespace MnistBlazor.Tests.Training.Training;

public sealed class LearningRateScheduleTests
{
    private const double Max = 1e-2;
    private const int Epochs = 10;
    private const int Steps = 100;

    [Fact]
    public void OneCycleWarmsUpFromAFractionToTheMaximumThenAnnealsToNearZero()
    {
        var schedule = new OneCycleSchedule(Max, Epochs, Steps);

        Assert.Equal(Max / 25, schedule.RateAt(0), 12);
        Assert.Equal(Max, schedule.RateAt(299), 12);
        Assert.True(schedule.RateAt(150) > schedule.RateAt(100));
        Assert.True(schedule.RateAt(600) < schedule.RateAt(400));
        Assert.Equal(Max / 25 / 1e4, schedule.RateAt(Epochs * Steps - 1), 12);
    }

    [Fact]
    public void CosineWarmupRisesLinearlyOverTheFirstEpochThenDecaysToZero()
    {
        var schedule = new CosineWarmupSchedule(Max, Epochs, Steps);

        Assert.Equal(Max / Steps, schedule.RateAt(0), 12);
        Assert.Equal(Max / 2, schedule.RateAt(49), 12);
        Assert.Equal(Max, schedule.RateAt(99), 12);
        Assert.Equal(Max / 2, schedule.RateAt(100 + 450), 9);
        Assert.True(schedule.RateAt(Epochs * Steps - 1) < Max * 1e-4);
    }

    [Fact]
    public void StepScheduleDividesTheRateByTenEveryThirdOfTheRun()
    {
        var schedule = new StepSchedule(Max, 9, Steps);

        Assert.Equal(Max, schedule.RateAt(0), 12);
        Assert.Equal(Max, schedule.RateAt(3 * Steps - 1), 12);
        Assert.Equal(Max / 10, schedule.RateAt(3 * Steps), 12);
        Assert.Equal(Max / 100, schedule.RateAt(6 * Steps), 12);
    }

    [Fact]
    public void ReduceOnPlateauCutsTheRateOnlyAfterEpochsWithoutImprovement()
    {
        var schedule = new ReduceOnPlateauSchedule(Max, Epochs, Steps);

        schedule.EndEpoch(1.0);
        schedule.EndEpoch(0.8);
        Assert.Equal(Max, schedule.RateAt(0), 12);
        schedule.EndEpoch(0.8);
        Assert.Equal(Max, schedule.RateAt(0), 12);
        schedule.EndEpoch(0.81);
        Assert.Equal(Max * ReduceOnPlateauSchedule.Factor, schedule.RateAt(0), 12);
    }

    [Fact]
    public void PlateauStateSurvivesASaveAndLoad()
    {
        var original = new ReduceOnPlateauSchedule(Max, Epochs, Steps);
        foreach (var loss in new[] { 1.0, 1.0, 1.0, 0.5, 0.6 })
        {
            original.EndEpoch(loss);
        }
        var restored = new ReduceOnPlateauSchedule(Max, Epochs, Steps);

        restored.LoadState(original.SaveState());
        original.EndEpoch(0.6);
        restored.EndEpoch(0.6);

        Assert.Equal(original.RateAt(0), restored.RateAt(0), 15);
        Assert.Equal(original.SaveState(), restored.SaveState());
    }

    [Theory]
    [InlineData(ScheduleKind.OneCycle, typeof(OneCycleSchedule))]
    [InlineData(ScheduleKind.CosineWarmup, typeof(CosineWarmupSchedule))]
    [InlineData(ScheduleKind.Step, typeof(StepSchedule))]
    [InlineData(ScheduleKind.ReduceOnPlateau, typeof(ReduceOnPlateauSchedule))]
    public void EachKindCreatesItsSchedule(ScheduleKind kind, Type expected)
    {
        Assert.IsType(expected, LearningRateSchedule.Create(kind, Max, Epochs, Steps));
    }

    [Fact]
    public void NonPositiveRateIsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new OneCycleSchedule(0, Epochs, Steps));
    }
}
