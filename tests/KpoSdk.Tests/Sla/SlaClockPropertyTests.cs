using KpoSdk.Sla;
using KpoSdk.Tests.Time;
using NodaTime;

namespace KpoSdk.Tests.Sla;

/// <summary>
/// Random pause/resume histories on the random calendars of the time tests (DST transitions in
/// seven zones, holidays, night shifts), checked against the minute-stepping reference calendar.
/// </summary>
public class SlaClockPropertyTests
{
    [Fact]
    public void Elapsed_and_deadline_agree_with_minute_stepping_and_the_status_laws_hold()
    {
        CsCheck.Check.Sample(
            CalendarScenario.Generator,
            scenario =>
            {
                var calendar = scenario.Calendar();
                var reference = scenario.Reference();
                var times = scenario.Probes.Order().ToArray();
                var amount = Duration.FromMinutes(1) + scenario.Amounts[0];
                var target = ServiceLevelTarget.WithinBusinessTime(SlaMetric.Resolution, amount, calendar).WithWarnings(50, 90);

                // Start, then alternate pause and resume on the first half of the sorted probes; stop on the last one of them.
                var events = times.Take(8).Select((t, i) => new SlaEvent(t, i == 0 ? SlaEventKind.Start : i == 7 ? SlaEventKind.Stop : i % 2 == 1 ? SlaEventKind.Pause : SlaEventKind.Resume)).ToArray();
                var clock = SlaClock.Replay(target, events);
                var running = new List<(Instant Start, Instant End)>();
                for (int i = 0; i < events.Length; i += 2)
                {
                    running.Add((events[i].At, events[i + 1].At));
                }

                var previous = Duration.Zero;
                foreach (var t in times)
                {
                    var status = clock.StatusAt(t);
                    var expected = running.Where(r => r.Start <= t).Aggregate(Duration.Zero, (sum, r) => sum + reference.Between(r.Start, r.End < t ? r.End : t));
                    Assert.Equal(expected, status.Elapsed);
                    Assert.True(status.Elapsed >= previous, "elapsed never decreases");
                    Assert.Equal(status.Budget, status.Elapsed + status.Remaining - status.Overdue);
                    Assert.Equal(status.Elapsed * 2 >= amount, status.Warning >= 50);
                    previous = status.Elapsed;

                    if (ReferenceReach(reference, running, amount, t) is { } reached)
                    {
                        Assert.Equal(reached, status.Deadline);
                        Assert.Equal(amount, clock.StatusAt(reached).Elapsed);
                    }
                }
            },
            iter: 200,
            print: s => s.ToString());
    }

    /// <summary>The instant the running periods (clipped at <paramref name="t"/>) reach the amount, stepping minutes; null if not by then or beyond the reference window.</summary>
    private static Instant? ReferenceReach(ReferenceCalendar reference, List<(Instant Start, Instant End)> running, Duration amount, Instant t)
    {
        var before = Duration.Zero;
        foreach (var (start, end) in running.Where(r => r.Start <= t))
        {
            var clipped = end < t ? end : t;
            var span = reference.Between(start, clipped);
            if (before + span >= amount)
            {
                return reference.Add(start, amount - before);
            }

            before += span;
        }

        return null;
    }
}
