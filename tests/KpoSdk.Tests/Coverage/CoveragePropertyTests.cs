using CsCheck;
using KpoSdk.Tests.Time;
using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Tests.Coverage;

/// <summary>
/// <see cref="CoverageAnalysis"/> on random calendars in seven zones, a few days around DST
/// transitions, against minute stepping over the reference calendars of the time tests.
/// </summary>
public class CoveragePropertyTests
{
    private static readonly string[] ZoneIds =
    [
        "America/New_York", "Europe/London", "Asia/Kolkata", "Asia/Kathmandu",
        "Australia/Lord_Howe", "America/Santiago", "Africa/Cairo",
    ];

    private static readonly Gen<TimeRange> Range =
        Gen.Select(
            Gen.Frequency((3, Gen.Int[0, 95].Select(q => q * 15)), (1, Gen.Int[0, 1439])),
            Gen.Frequency((4, Gen.Int[1, 48].Select(q => q * 15)), (1, Gen.Int[1, 1440])),
            (start, length) => TimeRange.FromStartAndLength(LocalTime.FromMinutesSinceMidnight(start), Duration.FromMinutes(length)));

    private static readonly Gen<Party> PartyGen =
        from zone in Gen.OneOf(ZoneIds)
        from ranges in Gen.Select(Gen.Int[1, 7], Range, (day, range) => new WeeklyRange((IsoDayOfWeek)day, range)).Array[1, 6]
        from holidays in Gen.Int[-1, 6].Array[0, 2]
        select new Party(zone, ranges, holidays);

    private static readonly Gen<Scenario> ScenarioGen =
        from client in PartyGen
        from centers in PartyGen.Array[1, 3]
        from year in Gen.Int[2025, 2030]
        from transition in Gen.Int[0, 1]
        from lead in Gen.Int[-3, 3]
        from days in Gen.Int[1, 4]
        select Scenario.Build(client, centers, year, transition, lead, days);

    [Fact]
    public void Covered_plus_uncovered_is_required_and_the_gaps_lie_disjoint_within_required_time()
    {
        ScenarioGen.Sample(
            scenario =>
            {
                var analysis = scenario.Analyze();

                Assert.Equal(analysis.Required, analysis.Covered + analysis.Uncovered);
                Assert.Equal(analysis.Uncovered, analysis.Gaps.Aggregate(Duration.Zero, (sum, g) => sum + g.Duration));
                for (int i = 0; i < analysis.UncoveredIntervals.Count; i++)
                {
                    var gap = analysis.UncoveredIntervals[i];
                    Assert.True(gap.Start < gap.End);
                    Assert.True(i == 0 || analysis.UncoveredIntervals[i - 1].End < gap.Start, "gaps are ordered, disjoint and not touching");
                    Assert.True(analysis.Span.Contains(gap.Start) && gap.End <= analysis.Span.End);
                    Assert.Equal(gap.Duration, analysis.Client.Between(gap.Start, gap.End));
                    Assert.All(scenario.Centers, c => Assert.Equal(Duration.Zero, c.Calendar.Between(gap.Start, gap.End)));
                }

                Assert.All(analysis.Centers, c => Assert.True(c.Exclusive <= c.Covered && c.Covered <= c.Open && c.Covered <= analysis.Covered));
            },
            iter: 300,
            print: s => s.ToString());
    }

    [Fact]
    public void Every_measure_agrees_with_minute_stepping()
    {
        ScenarioGen.Sample(
            scenario =>
            {
                var analysis = scenario.Analyze();
                var expected = scenario.StepMinutes(analysis.Span);

                Assert.Equal(expected.Required, analysis.Required);
                Assert.Equal(expected.Covered, analysis.Covered);
                Assert.Equal(expected.Gaps, analysis.UncoveredIntervals);
                Assert.Equal(expected.Centers, analysis.Centers.Select(c => (c.Open, c.Covered, c.Exclusive)));
                Assert.Equal(expected.Handovers, analysis.Handovers.Select(h => h.Overlap));
            },
            iter: 150,
            print: s => s.ToString());
    }

    internal sealed record Party(string ZoneId, WeeklyRange[] Ranges, int[] HolidayOffsets)
    {
        public DateTimeZone Zone => DateTimeZoneProviders.Tzdb[ZoneId];

        public WeeklyHours Hours => WeeklyHours.Create(Ranges);

        public override string ToString() => $"{ZoneId} [{Hours}] holidays+{string.Join(",", HolidayOffsets)}";
    }

    internal sealed record Scenario(Party Client, Party[] CenterParties, DateInterval Dates)
    {
        public BusinessCalendar ClientCalendar => Calendar(Client);

        public DeliveryCalendar[] Centers => CenterParties.Select((p, i) => new DeliveryCalendar($"C{i}", Calendar(p))).ToArray();

        public static Scenario Build(Party client, Party[] centers, int year, int transition, int lead, int days)
        {
            var zone = client.Zone;
            var yearStart = Instant.FromUtc(year, 1, 1, 0, 0);
            var transitions = zone.GetZoneIntervals(yearStart, Instant.FromUtc(year + 1, 1, 1, 0, 0))
                .Where(z => z.HasStart && z.Start > yearStart)
                .Select(z => z.Start.InZone(zone).Date)
                .ToList();
            var focus = transitions.Count > 0 ? transitions[transition % transitions.Count] : new LocalDate(year, 3 + (transition * 7), 20);
            var start = focus.PlusDays(lead);
            return new Scenario(client, centers, new DateInterval(start, start.PlusDays(days - 1)));
        }

        public CoverageAnalysis Analyze() => CoverageAnalysis.Analyze(ClientCalendar, Dates, Centers);

        /// <summary>The same measures, minute by minute, from the naive reference calendars.</summary>
        public Expected StepMinutes(Interval span)
        {
            int minutes = (int)(span.Duration.TotalMinutes);
            Assert.Equal(span.Duration, Duration.FromMinutes(minutes));
            var client = Reference(Client, span.Start, minutes);
            var centers = CenterParties.Select(p => Reference(p, span.Start, minutes)).ToArray();
            var minute = Duration.FromMinutes(1);
            var required = Duration.Zero;
            var covered = Duration.Zero;
            var open = new Duration[centers.Length];
            var coveredBy = new Duration[centers.Length];
            var exclusive = new Duration[centers.Length];
            var handovers = new Duration[Pairs.Count];
            var gaps = new List<Interval>();
            for (var t = span.Start; t < span.End; t += minute)
            {
                bool clientOpen = client.IsOpen(t);
                var centerOpen = centers.Select(c => c.IsOpen(t)).ToArray();
                int openCount = centerOpen.Count(o => o);
                for (int c = 0; c < centers.Length; c++)
                {
                    open[c] += centerOpen[c] ? minute : Duration.Zero;
                    coveredBy[c] += centerOpen[c] && clientOpen ? minute : Duration.Zero;
                    exclusive[c] += centerOpen[c] && clientOpen && openCount == 1 ? minute : Duration.Zero;
                }

                for (int p = 0; p < Pairs.Count; p++)
                {
                    handovers[p] += centerOpen[Pairs[p].From] && centerOpen[Pairs[p].To] ? minute : Duration.Zero;
                }

                required += clientOpen ? minute : Duration.Zero;
                covered += clientOpen && openCount > 0 ? minute : Duration.Zero;
                if (clientOpen && openCount == 0)
                {
                    if (gaps.Count > 0 && gaps[^1].End == t)
                    {
                        gaps[^1] = new Interval(gaps[^1].Start, t + minute);
                    }
                    else
                    {
                        gaps.Add(new Interval(t, t + minute));
                    }
                }
            }

            return new Expected(required, covered, gaps, open.Select((o, c) => (o, coveredBy[c], exclusive[c])).ToList(), handovers);
        }

        public override string ToString() => $"client {Client}; centers {string.Join("; ", CenterParties.Select(c => c.ToString()))}; dates {Dates}";

        private List<(int From, int To)> Pairs =>
            CenterParties.Length switch
            {
                1 => [],
                2 => [(0, 1)],
                _ => [.. Enumerable.Range(0, CenterParties.Length - 1).Select(i => (i, i + 1)), (CenterParties.Length - 1, 0)],
            };

        private BusinessCalendar Calendar(Party party) =>
            BusinessCalendar.Create(party.Zone, party.Hours).WithHolidays(party.HolidayOffsets.Select(d => Dates.Start.PlusDays(d)));

        private ReferenceCalendar Reference(Party party, Instant start, int minutes) =>
            new(party.Zone, party.Hours, party.HolidayOffsets.Select(d => Dates.Start.PlusDays(d)), [], start, minutes);
    }

    internal sealed record Expected(Duration Required, Duration Covered, List<Interval> Gaps, List<(Duration Open, Duration Covered, Duration Exclusive)> Centers, Duration[] Handovers);
}
