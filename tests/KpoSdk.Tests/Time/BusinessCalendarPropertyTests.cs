using CsCheck;
using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Tests.Time;

/// <summary>
/// The real calendar against the minute-stepping reference on random calendars around DST
/// transitions in seven zones (whole- and half-hour shifts, +05:45, transitions at midnight).
/// </summary>
public class BusinessCalendarPropertyTests
{
    private const int Iterations = 250;

    [Fact]
    public void IsOpen_NextOpen_and_NextClose_agree_with_the_reference()
    {
        CalendarScenario.Generator.Sample(
            scenario =>
            {
                var calendar = scenario.Calendar();
                var reference = scenario.Reference();
                foreach (var t in scenario.Probes)
                {
                    Assert.Equal(reference.IsOpen(t), calendar.IsOpen(t));
                    AssertSameOrBeyond(reference.NextOpen(t), calendar.NextOpen(t), scenario.WindowEnd);
                    AssertSameOrBeyond(reference.NextClose(t), calendar.NextClose(t), scenario.WindowEnd);
                }
            },
            iter: Iterations,
            print: s => s.ToString());
    }

    [Fact]
    public void OpenIntervals_agree_with_the_reference()
    {
        CalendarScenario.Generator.Sample(
            scenario =>
            {
                var calendar = scenario.Calendar();
                var reference = scenario.Reference();
                var probes = scenario.Probes.Order().ToArray();
                for (int i = 0; i + 1 < probes.Length; i += 2)
                {
                    var expected = reference.OpenIntervals(probes[i], probes[i + 1]);
                    Assert.Equal(expected, calendar.OpenIntervals(new Interval(probes[i], probes[i + 1])).ToList());
                }

                var whole = calendar.OpenIntervals(scenario.WindowStart, scenario.WindowEnd).ToList();
                Assert.Equal(reference.OpenIntervals(scenario.WindowStart, scenario.WindowEnd), whole);
            },
            iter: Iterations,
            print: s => s.ToString());
    }

    [Fact]
    public void Between_and_Add_agree_with_the_reference()
    {
        CalendarScenario.Generator.Sample(
            scenario =>
            {
                var calendar = scenario.Calendar();
                var reference = scenario.Reference();
                var probes = scenario.Probes;
                for (int i = 0; i + 1 < probes.Length; i++)
                {
                    var (a, b) = probes[i] <= probes[i + 1] ? (probes[i], probes[i + 1]) : (probes[i + 1], probes[i]);
                    Assert.Equal(reference.Between(a, b), calendar.Between(a, b));
                }

                foreach (var t in probes)
                {
                    foreach (var amount in scenario.Amounts)
                    {
                        if (reference.Add(t, amount) is { } expected)
                        {
                            Assert.Equal(expected, calendar.Add(t, amount));
                        }
                    }
                }
            },
            iter: Iterations,
            print: s => s.ToString());
    }

    [Fact]
    public void Between_undoes_Add_to_the_nanosecond()
    {
        var amount = Gen.Long[0, 200L * 3_600_000_000_000L].Select(Duration.FromNanoseconds);
        Gen.Select(CalendarScenario.Generator, amount.Array[6]).Sample(
            (scenario, amounts) =>
            {
                var calendar = scenario.Calendar();
                foreach (var t in scenario.Probes)
                {
                    foreach (var d in Reachable(calendar, t, amounts))
                    {
                        Assert.Equal(d, calendar.Between(t, calendar.Add(t, d)));
                    }
                }
            },
            iter: Iterations,
            print: s => s.ToString());
    }

    [Fact]
    public void Add_is_monotone_in_both_arguments()
    {
        CalendarScenario.Generator.Sample(
            scenario =>
            {
                var calendar = scenario.Calendar();
                var probes = scenario.Probes.Order().ToArray();
                var amounts = Reachable(calendar, probes[^1], scenario.Amounts.Order()).ToArray();
                foreach (var t in probes)
                {
                    for (int i = 1; i < amounts.Length; i++)
                    {
                        Assert.True(calendar.Add(t, amounts[i - 1]) <= calendar.Add(t, amounts[i]));
                    }
                }

                foreach (var d in amounts)
                {
                    for (int i = 1; i < probes.Length; i++)
                    {
                        Assert.True(calendar.Add(probes[i - 1], d) <= calendar.Add(probes[i], d));
                    }
                }
            },
            iter: Iterations,
            print: s => s.ToString());
    }

    [Fact]
    public void Add_lands_on_open_time_or_the_end_of_an_open_interval()
    {
        CalendarScenario.Generator.Sample(
            scenario =>
            {
                var calendar = scenario.Calendar();
                foreach (var t in scenario.Probes)
                {
                    foreach (var d in Reachable(calendar, t, scenario.Amounts.Where(d => d > Duration.Zero)))
                    {
                        // Never a later opening: just before the deadline the calendar is open.
                        var due = calendar.Add(t, d);
                        Assert.True(calendar.IsOpen(due - Duration.Epsilon), $"{t} + {d} = {due}");
                    }
                }
            },
            iter: Iterations,
            print: s => s.ToString());
    }

    /// <summary>
    /// The amounts that accrue within 400 days of <paramref name="t"/>. A random calendar can be
    /// open three minutes a week, and then a large amount rightly ends in an exception (it would
    /// accrue only after 2150).
    /// </summary>
    private static IEnumerable<Duration> Reachable(BusinessCalendar calendar, Instant t, IEnumerable<Duration> amounts)
    {
        var available = calendar.Between(t, t + Duration.FromDays(400));
        return amounts.Where(d => d <= available);
    }

    /// <summary>
    /// The reference knows only its window: when it finds nothing there, the real answer must be
    /// beyond the window (or null).
    /// </summary>
    private static void AssertSameOrBeyond(Instant? expected, Instant? actual, Instant windowEnd)
    {
        if (expected is null)
        {
            Assert.True(actual is null || actual >= windowEnd, $"expected nothing before {windowEnd}, got {actual}");
        }
        else
        {
            Assert.Equal(expected, actual);
        }
    }
}
