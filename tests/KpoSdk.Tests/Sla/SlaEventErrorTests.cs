using KpoSdk.Sla;
using NodaTime;
using static KpoSdk.Sla.SlaEventKind;
using static KpoSdk.Tests.Sla.SlaTestTimes;

namespace KpoSdk.Tests.Sla;

public class SlaEventErrorTests
{
    private static readonly ServiceLevelTarget Target = ServiceLevelTarget.WithinBusinessTime(SlaMetric.Resolution, Duration.FromHours(8), Office);
    private static readonly Instant T0 = Instant.FromUtc(2027, 1, 11, 14, 0);
    private static readonly Instant T1 = Instant.FromUtc(2027, 1, 11, 15, 0);
    private static readonly Instant T2 = Instant.FromUtc(2027, 1, 11, 16, 0);

    public static TheoryData<string, SlaEvent[], int, string> Histories => new()
    {
        {
            "resume without pause", [E(T0, Start), E(T1, Resume)], 1,
            "SLA event 1 (Resume at 2027-01-11T15:00:00Z) resumes a clock that is running, not paused (since event 0: Start at 2027-01-11T14:00:00Z); expected Pause or Stop."
        },
        {
            "pause while paused", [E(T0, Start), E(T1, Pause), E(T2, Pause)], 2,
            "SLA event 2 (Pause at 2027-01-11T16:00:00Z) pauses a clock that is already paused (by event 1: Pause at 2027-01-11T15:00:00Z); expected Resume or Stop."
        },
        {
            "pause after stop", [E(T0, Start), E(T1, Stop), E(T2, Pause)], 2,
            "SLA event 2 (Pause at 2027-01-11T16:00:00Z) comes after the clock stopped (event 1: Stop at 2027-01-11T15:00:00Z); a stopped clock takes no more events."
        },
        {
            "no start first", [E(T0, Pause), E(T1, Start)], 0,
            "SLA event 0 (Pause at 2027-01-11T14:00:00Z) comes before any Start; a history begins with the Start of the clock."
        },
        {
            "event before start", [E(T1, Start), E(T0, Stop)], 1,
            "SLA event 1 (Stop at 2027-01-11T14:00:00Z) is before the clock's Start at 2027-01-11T15:00:00Z (event 0)."
        },
        {
            "two starts", [E(T0, Start), E(T1, Pause), E(T2, Start)], 2,
            "SLA event 2 (Start at 2027-01-11T16:00:00Z) starts the clock a second time; it was started by event 0 (Start at 2027-01-11T14:00:00Z)."
        },
        {
            "time going backwards", [E(T0, Start), E(T2, Pause), E(T1, Resume)], 2,
            "SLA event 2 (Resume at 2027-01-11T15:00:00Z) is earlier than event 1 (Pause at 2027-01-11T16:00:00Z); events must be in time order."
        },
        {
            "outside the calendar range", [E(T0, Start), E(Instant.FromUtc(2200, 1, 1, 0, 0), Stop)], 1,
            "SLA event 1 (Stop at 2200-01-01T00:00:00Z) is outside the range business calendars cover (1900-01-01T00:00:00Z to 2150-01-01T00:00:00Z)."
        },
        {
            "undefined kind", [E(T0, Start), E(T1, (SlaEventKind)7)], 1,
            "SLA event 1 (7 at 2027-01-11T15:00:00Z) has the undefined kind 7; expected Start, Pause, Resume or Stop."
        },
    };

    [Theory]
    [MemberData(nameof(Histories))]
    public void An_impossible_history_names_the_event_index_kind_and_instant(string name, SlaEvent[] history, int index, string message)
    {
        var error = Assert.Throws<SlaEventException>(() => SlaClock.Replay(Target, history));

        Assert.True(message == error.Message, $"{name}: {error.Message}");
        Assert.Equal(index, error.EventIndex);
        Assert.Equal(history[index], error.Event);
    }

    [Fact]
    public void The_fluent_methods_check_the_same_way()
    {
        var running = SlaClock.Start(Target, T0);

        var resume = Assert.Throws<SlaEventException>(() => running.Resume(T1));
        Assert.Equal(1, resume.EventIndex);
        var backwards = Assert.Throws<SlaEventException>(() => running.Pause(T1).Stop(T0));
        Assert.Equal(2, backwards.EventIndex);
        Assert.Contains("is earlier than event 1 (Pause at 2027-01-11T15:00:00Z)", backwards.Message, StringComparison.Ordinal);
        Assert.Throws<SlaEventException>(() => running.Stop(T1).Stop(T2));
        Assert.Equal(SlaClockState.Running, running.State);
    }

    [Fact]
    public void Empty_and_null_histories_are_argument_errors()
    {
        Assert.Equal("history", Assert.Throws<ArgumentException>(() => SlaClock.Replay(Target, [])).ParamName);
        Assert.Equal("history", Assert.Throws<ArgumentNullException>(() => SlaClock.Replay(Target, null!)).ParamName);
        Assert.Equal("target", Assert.Throws<ArgumentNullException>(() => SlaClock.Replay(null!, [E(T0, Start)])).ParamName);
        Assert.Equal("target", Assert.Throws<ArgumentNullException>(() => SlaClock.Start(null!, T0)).ParamName);
    }

    [Fact]
    public void Status_before_the_start_is_an_argument_error()
    {
        var error = Assert.Throws<ArgumentException>(() => SlaClock.Start(Target, T1).StatusAt(T0));

        Assert.Equal("at", error.ParamName);
        Assert.StartsWith("The status is asked for at 2027-01-11T14:00:00Z, before the clock started at 2027-01-11T15:00:00Z.", error.Message, StringComparison.Ordinal);
    }
}
