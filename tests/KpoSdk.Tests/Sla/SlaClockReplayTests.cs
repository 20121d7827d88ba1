using KpoSdk.Sla;
using KpoSdk.Time;
using NodaTime;
using static KpoSdk.Sla.SlaEventKind;
using static KpoSdk.Tests.Sla.SlaTestTimes;

namespace KpoSdk.Tests.Sla;

public class SlaClockReplayTests
{
    private static readonly ServiceLevelTarget FourBusinessHours =
        ServiceLevelTarget.WithinBusinessTime(SlaMetric.FirstResponse, Duration.FromHours(4), Office).WithWarnings(50, 75, 90);

    [Fact]
    public void A_pause_across_the_weekend_moves_the_deadline_by_the_business_time_paused()
    {
        // Friday 15:00 start, 1 h runs, paused over the weekend, resumed Monday 11:00: 3 h left.
        var clock = SlaClock.Replay(FourBusinessHours, [E(Ny(2027, 1, 8, 15), Start), E(Ny(2027, 1, 8, 16), Pause), E(Ny(2027, 1, 11, 11), Resume)]);

        var saturday = clock.StatusAt(Ny(2027, 1, 9, 12));
        Assert.Equal((SlaClockState.Paused, Duration.FromHours(1), (Instant?)null, (int?)null), (saturday.State, saturday.Elapsed, saturday.Deadline, saturday.Warning));

        var monday = clock.StatusAt(Ny(2027, 1, 11, 12));
        Assert.Equal(SlaClockState.Running, monday.State);
        Assert.Equal(Duration.FromHours(2), monday.Elapsed);
        Assert.Equal(Duration.FromHours(2), monday.Remaining);
        Assert.Equal(Ny(2027, 1, 11, 14), monday.Deadline);
        Assert.Equal(50, monday.Warning);
        Assert.False(monday.Breached);
    }

    [Fact]
    public void Business_time_paused_over_the_spring_forward_weekend()
    {
        // New York moves to EDT on Sunday 14 March 2027: Friday 15:00 EST is 20:00Z, Monday 13:00 EDT is 17:00Z.
        var clock = SlaClock.Replay(FourBusinessHours, [E(Ny(2027, 3, 12, 15), Start), E(Ny(2027, 3, 12, 16), Pause), E(Ny(2027, 3, 15, 10), Resume)]);

        var status = clock.StatusAt(Ny(2027, 3, 15, 10));
        Assert.Equal(Instant.FromUtc(2027, 3, 15, 17, 0), status.Deadline);
        Assert.Equal(Ny(2027, 3, 15, 13), status.Deadline);
    }

    [Fact]
    public void Calendar_time_counts_the_elapsed_hours_across_the_skipped_hour()
    {
        // 24 h around the clock: 5 h from Saturday 20:00 EST to Sunday 01:00 EST, paused until
        // 05:00 EDT (3 h later, as 02:00-03:00 does not exist), then 19 h: Monday 00:00 EDT.
        var target = ServiceLevelTarget.WithinCalendarTime(SlaMetric.Resolution, Duration.FromHours(24));
        var clock = SlaClock.Start(target, Ny(2027, 3, 13, 20)).Pause(Ny(2027, 3, 14, 1)).Resume(Ny(2027, 3, 14, 5));

        var status = clock.StatusAt(Ny(2027, 3, 14, 5));
        Assert.Equal(Duration.FromHours(5), status.Elapsed);
        Assert.Equal(Ny(2027, 3, 15, 0), status.Deadline);
        Assert.Equal(Ny(2027, 3, 14, 5) + Duration.FromHours(19), status.Deadline);
    }

    [Fact]
    public void A_night_shift_on_the_fall_back_night_gives_its_extra_hour()
    {
        // Saturday 22:00-06:00 on 6-7 November 2027 lasts 9 hours; 8 business hours from 22:00 EDT
        // run until 05:00 EST, and a 30-minute pause moves that to 05:30 EST.
        var night = BusinessCalendar.Create(NewYork, WeeklyHours.Parse("Sat 22:00-06:00"));
        var target = ServiceLevelTarget.WithinBusinessTime(SlaMetric.Resolution, Duration.FromHours(8), night);
        var start = Ny(2027, 11, 6, 22);

        Assert.Equal(NyLater(2027, 11, 7, 5), SlaClock.Start(target, start).StatusAt(start).Deadline);
        var paused = SlaClock.Replay(target, [E(start, Start), E(Ny(2027, 11, 6, 23), Pause), E(Ny(2027, 11, 6, 23, 30), Resume)]);
        Assert.Equal(NyLater(2027, 11, 7, 5, 30), paused.StatusAt(start + Duration.FromHours(2)).Deadline);
        Assert.Equal(Duration.FromHours(8), paused.StatusAt(NyLater(2027, 11, 7, 5, 30)).Elapsed);
    }

    [Fact]
    public void Stopping_before_at_or_after_the_deadline()
    {
        var start = Ny(2027, 1, 11, 13);
        var deadline = Ny(2027, 1, 11, 17);
        var clock = SlaClock.Start(FourBusinessHours, start);

        var early = clock.Stop(Ny(2027, 1, 11, 16)).StatusAt(Ny(2027, 1, 12, 9));
        Assert.True(early.IsMet);
        Assert.Equal(deadline, early.Deadline);
        Assert.Equal(Duration.FromHours(3), early.Elapsed);
        Assert.Equal(75, early.Warning);

        var exact = clock.Stop(deadline).StatusAt(Ny(2027, 1, 20, 9));
        Assert.True(exact.IsMet);
        Assert.False(exact.Breached);

        // Overnight no business time accrues, yet the clock runs past its deadline: breached.
        var late = clock.Stop(Ny(2027, 1, 12, 8)).StatusAt(Ny(2027, 1, 12, 8));
        Assert.True(late.Breached);
        Assert.False(late.IsMet);
        Assert.Equal(deadline, late.BreachedAt);
        Assert.Equal(Duration.FromHours(4), late.Elapsed);
        Assert.Equal(Duration.Zero, late.Overdue);
    }

    [Fact]
    public void Breach_starts_just_after_the_deadline_and_overdue_time_grows_with_business_time()
    {
        var clock = SlaClock.Start(FourBusinessHours, Ny(2027, 1, 11, 13));

        Assert.False(clock.StatusAt(Ny(2027, 1, 11, 17)).Breached);
        var next = clock.StatusAt(Ny(2027, 1, 11, 17) + Duration.Epsilon);
        Assert.True(next.Breached);
        Assert.Equal(Ny(2027, 1, 11, 17), next.BreachedAt);

        var nextDay = clock.StatusAt(Ny(2027, 1, 12, 10, 30));
        Assert.Equal(Duration.FromMinutes(90), nextDay.Overdue);
        Assert.Equal(Duration.Zero, nextDay.Remaining);
        Assert.Equal(1.375, nextDay.ElapsedFraction);
        Assert.Equal(90, nextDay.Warning);
    }

    [Fact]
    public void A_pause_at_the_deadline_breaches_only_once_the_clock_resumes()
    {
        var clock = SlaClock.Replay(FourBusinessHours, [E(Ny(2027, 1, 11, 9), Start), E(Ny(2027, 1, 11, 13), Pause), E(Ny(2027, 1, 12, 15), Resume)]);

        var paused = clock.StatusAt(Ny(2027, 1, 12, 10));
        Assert.False(paused.Breached);
        Assert.Equal(Ny(2027, 1, 11, 13), paused.Deadline);
        Assert.Equal(Duration.Zero, paused.Remaining);

        Assert.False(clock.StatusAt(Ny(2027, 1, 12, 15)).Breached);
        Assert.Equal(Ny(2027, 1, 12, 15), clock.StatusAt(Ny(2027, 1, 12, 15, 1)).BreachedAt);
    }

    [Fact]
    public void A_business_day_target_counts_the_business_time_to_the_close_of_the_due_day()
    {
        // P1D from Monday 16:00: due Tuesday 17:00, i.e. 1 h + 8 h of business time; a 2 h pause
        // on Tuesday morning pushes it to Wednesday 11:00.
        var target = ServiceLevelTarget.WithinBusinessDays(SlaMetric.Resolution, Period.FromDays(1), Office);
        var clock = SlaClock.Start(target, Ny(2027, 1, 11, 16));

        Assert.Equal(Duration.FromHours(9), clock.Budget);
        Assert.Equal(Ny(2027, 1, 12, 17), clock.StatusAt(Ny(2027, 1, 11, 16)).Deadline);
        var paused = clock.Pause(Ny(2027, 1, 12, 10)).Resume(Ny(2027, 1, 12, 12));
        Assert.Equal(Ny(2027, 1, 13, 11), paused.StatusAt(Ny(2027, 1, 12, 12)).Deadline);
    }

    [Fact]
    public void Status_at_a_past_instant_ignores_later_events()
    {
        var clock = SlaClock.Start(FourBusinessHours, Ny(2027, 1, 11, 9)).Pause(Ny(2027, 1, 11, 10)).Resume(Ny(2027, 1, 11, 12)).Stop(Ny(2027, 1, 11, 13));

        var before = clock.StatusAt(Ny(2027, 1, 11, 9, 30));
        Assert.Equal((SlaClockState.Running, Duration.FromMinutes(30), (Instant?)Ny(2027, 1, 11, 13)), (before.State, before.Elapsed, before.Deadline));
        var during = clock.StatusAt(Ny(2027, 1, 11, 11));
        Assert.Equal((SlaClockState.Paused, Duration.FromHours(1), (Instant?)null), (during.State, during.Elapsed, during.Deadline));
        var after = clock.StatusAt(Ny(2027, 1, 11, 15));
        Assert.Equal((SlaClockState.Stopped, Duration.FromHours(2), (Instant?)Ny(2027, 1, 11, 15)), (after.State, after.Elapsed, after.Deadline));
        Assert.True(after.IsMet);
    }

    [Fact]
    public void A_clock_stopped_while_paused_has_no_deadline()
    {
        var clock = SlaClock.Start(FourBusinessHours, Ny(2027, 1, 11, 9)).Pause(Ny(2027, 1, 11, 10)).Stop(Ny(2027, 1, 11, 12));

        var status = clock.StatusAt(Ny(2027, 1, 11, 12));
        Assert.Null(status.Deadline);
        Assert.True(status.IsMet);
        Assert.Equal(Duration.FromHours(1), status.Elapsed);
    }

    [Fact]
    public void Warnings_are_reached_at_exactly_their_share()
    {
        var clock = SlaClock.Start(FourBusinessHours, Ny(2027, 1, 11, 9));

        Assert.Null(clock.StatusAt(Ny(2027, 1, 11, 11) - Duration.Epsilon).Warning);
        Assert.Equal(50, clock.StatusAt(Ny(2027, 1, 11, 11)).Warning);
        Assert.Equal(75, clock.StatusAt(Ny(2027, 1, 11, 12)).Warning);
        Assert.Equal(75, clock.StatusAt(Ny(2027, 1, 11, 12, 35)).Warning);
        Assert.Equal(90, clock.StatusAt(Ny(2027, 1, 11, 12, 36)).Warning);
    }

    [Fact]
    public void Clocks_are_immutable_and_replay_equals_the_fluent_calls()
    {
        var started = SlaClock.Start(FourBusinessHours, Ny(2027, 1, 11, 9));
        var paused = started.Pause(Ny(2027, 1, 11, 10));
        var replayed = SlaClock.Replay(FourBusinessHours, paused.History);

        Assert.Equal(SlaClockState.Running, started.State);
        Assert.Single(started.History);
        Assert.Equal(SlaClockState.Paused, paused.State);
        Assert.Equal(paused.History, replayed.History);
        var at = Ny(2027, 1, 11, 16);
        Assert.Equal(paused.StatusAt(at).ToString(), replayed.StatusAt(at).ToString());
        Assert.Equal("Paused, 1:00:00 of 4:00:00 elapsed, deadline unknown while paused", paused.StatusAt(at).ToString());
    }

    [Fact]
    public void Events_at_the_same_instant_apply_in_order()
    {
        var t = Ny(2027, 1, 11, 10);
        var clock = SlaClock.Replay(FourBusinessHours, [E(Ny(2027, 1, 11, 9), Start), E(t, Pause), E(t, Resume), E(t, Pause), E(t, Stop)]);

        var status = clock.StatusAt(t);
        Assert.Equal((SlaClockState.Stopped, Duration.FromHours(1)), (status.State, status.Elapsed));
    }
}
