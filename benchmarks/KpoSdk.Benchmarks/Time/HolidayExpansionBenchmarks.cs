using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Evaluation;
using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Benchmarks.Time;

/// <summary>
/// Ten years of an office's holidays from an iCalendar file: the SDK's own expansion against
/// Ical.Net's evaluator, which HolidayCalendar used before (issue 15, problem 10). The file has
/// yearly holidays (fixed dates and nth weekdays), an EXDATE, an RDATE, a moved instance and a
/// multi-day event per year, repeated <see cref="Offices"/> times under different UIDs.
/// </summary>
[MemoryDiagnoser]
public class HolidayExpansionBenchmarks
{
    private static readonly DateInterval Decade = new(new LocalDate(2026, 1, 1), new LocalDate(2035, 12, 31));

    private HolidayCalendar _sdk = null!;
    private Ical.Net.Calendar _icalNet = null!;

    /// <summary>How many copies of the office's events the file holds.</summary>
    [Params(1, 100)]
    public int Offices { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        string text = Calendar(Offices);
        _sdk = HolidayCalendar.FromICalendar(text);
        _icalNet = Ical.Net.Calendar.Load(text)!;
        if (!IcalNet().SequenceEqual(Sdk()))
        {
            throw new InvalidOperationException("The SDK and Ical.Net expand the file to different dates.");
        }
    }

    [Benchmark(Baseline = true)]
    public List<LocalDate> IcalNet()
    {
        var until = new CalDateTime(Decade.End.PlusDays(1).ToDateOnly());
        var dates = new SortedSet<LocalDate>();
        foreach (var occurrence in _icalNet.GetOccurrences<CalendarEvent>(new CalDateTime(Decade.Start.ToDateOnly()), new EvaluationOptions()).TakeWhile(o => o.Period.StartTime < until))
        {
            if (occurrence.Source is CalendarEvent { Status: not "CANCELLED" } && !occurrence.Period.StartTime.HasTime)
            {
                var first = LocalDate.FromDateOnly(occurrence.Period.StartTime.Date);
                var end = occurrence.Period.EffectiveEndTime is { } e ? LocalDate.FromDateOnly(e.Date) : first.PlusDays(1);
                for (var day = first; day < end || day == first; day = day.PlusDays(1))
                {
                    if (day >= Decade.Start && day <= Decade.End)
                    {
                        dates.Add(day);
                    }
                }
            }
        }

        return [.. dates];
    }

    [Benchmark]
    public List<LocalDate> Sdk() => [.. _sdk.Between(Decade)];

    private static string Calendar(int offices)
    {
        var text = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//KpoSdk benchmarks//EN\r\n");
        for (int i = 0; i < offices; i++)
        {
            string uid = i.ToString(CultureInfo.InvariantCulture);
            text.Append($"""
                BEGIN:VEVENT
                UID:new-year-{uid}
                DTSTART;VALUE=DATE:20200101
                RRULE:FREQ=YEARLY
                EXDATE;VALUE=DATE:20280101
                SUMMARY:New Year's Day
                END:VEVENT
                BEGIN:VEVENT
                UID:independence-{uid}
                DTSTART;VALUE=DATE:20200704
                RRULE:FREQ=YEARLY
                SUMMARY:Independence Day
                END:VEVENT
                BEGIN:VEVENT
                UID:independence-{uid}
                RECURRENCE-ID;VALUE=DATE:20270704
                DTSTART;VALUE=DATE:20270705
                SUMMARY:Independence Day (observed)
                END:VEVENT
                BEGIN:VEVENT
                UID:labor-{uid}
                DTSTART;VALUE=DATE:20200907
                RRULE:FREQ=YEARLY;BYMONTH=9;BYDAY=1MO
                SUMMARY:Labor Day
                END:VEVENT
                BEGIN:VEVENT
                UID:thanksgiving-{uid}
                DTSTART;VALUE=DATE:20201126
                DURATION:P2D
                RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=4TH
                SUMMARY:Thanksgiving
                END:VEVENT
                BEGIN:VEVENT
                UID:memorial-{uid}
                DTSTART;VALUE=DATE:20200525
                RRULE:FREQ=YEARLY;BYMONTH=5;BYDAY=-1MO
                RDATE;VALUE=DATE:20300102
                SUMMARY:Memorial Day
                END:VEVENT
                BEGIN:VEVENT
                UID:winter-{uid}
                DTSTART;VALUE=DATE:20201224
                DTEND;VALUE=DATE:20201227
                RRULE:FREQ=YEARLY
                SUMMARY:Winter break
                END:VEVENT

                """.Replace("\n", "\r\n", StringComparison.Ordinal));
        }

        return text.Append("END:VCALENDAR\r\n").ToString();
    }
}
