using System.Globalization;
using Ical.Net;
using Ical.Net.DataTypes;
using NodaTime;
using NodaTime.TimeZones;

namespace KpoSdk.Time.ICalendar;

internal static partial class EventChecks
{
    /// <summary>The longest all-day event, in days: a holiday longer than a leap year is a typo in DTEND far more often than a closure.</summary>
    public const int MaxEventDays = 366;

    /// <summary>The day number of a checked DATE or DATE-TIME value (its date part).</summary>
    public static int DayNumber(string value) =>
        new DateOnly(
            int.Parse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture),
            int.Parse(value.AsSpan(4, 2), NumberStyles.None, CultureInfo.InvariantCulture),
            int.Parse(value.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture)).DayNumber;

    /// <summary>
    /// The days a checked all-day event covers: up to but excluding DTEND, or DURATION's days, or
    /// one; a DTEND equal to DTSTART (or P0D) is one day too. Long, so that a DURATION of 99999999999
    /// days is measured rather than wrapped.
    /// </summary>
    public static long LengthInDays(ContentLine start, ContentLine? end, ContentLine? duration)
    {
        long days = 1;
        if (end is { } e)
        {
            days = DayNumber(e.Value.Trim()) - DayNumber(start.Value.Trim());
        }
        else if (duration is { } d)
        {
            string text = d.Value.Trim();
            var number = text.AsSpan(text.IndexOf('P', StringComparison.Ordinal) + 1, text.Length - text.IndexOf('P', StringComparison.Ordinal) - 2);
            days = number.Length > 12 ? long.MaxValue / 8 : long.Parse(number, NumberStyles.None, CultureInfo.InvariantCulture);
            days *= text.EndsWith('W') ? 7 : 1;
        }

        return Math.Max(days, 1);
    }

    /// <summary>What an all-day event must satisfy beyond well-formed values: a bounded length, and recurrences of whole days.</summary>
    private static void CheckAllDay(EventLines vevent, ContentLine start, ContentLine? end, ContentLine? duration)
    {
        long days = LengthInDays(start, end, duration);
        if (days > MaxEventDays)
        {
            var line = end ?? duration ?? start;
            throw ContentLineReader.Error(line.Line, $"the all-day VEVENT {vevent.Label} lasts {days.ToString(CultureInfo.InvariantCulture)} days ({ContentLineReader.Quote(line.Text)}); a holiday lasts at most {MaxEventDays} days. Check the year of DTEND or DURATION.");
        }

        int dates = 0;
        foreach (var property in vevent.Properties)
        {
            if (property.Name is "RRULE" or "EXRULE")
            {
                CheckAllDayRule(vevent, property);
            }
            else if (property.Name == "RDATE" && (dates += property.Value.Split(',').Length) > HolidayCalendar.MaxOccurrencesPerEvent)
            {
                throw ContentLineReader.Error(property.Line, $"the VEVENT {vevent.Label} has more than {HolidayCalendar.MaxOccurrencesPerEvent} RDATE values (HolidayCalendar.MaxOccurrencesPerEvent).");
            }
        }
    }

    /// <summary>
    /// An all-day event recurs by whole days: RFC 5545 forbids BYHOUR, BYMINUTE and BYSECOND with a
    /// DATE DTSTART, and an HOURLY, MINUTELY or SECONDLY rule of one would produce no date of its
    /// own after the first (it was accepted, counted, and then expanded second by second).
    /// </summary>
    private static void CheckAllDayRule(EventLines vevent, ContentLine property)
    {
        var pattern = new RecurrencePattern(property.Value);
        string rule = $"{property.Name} {ContentLineReader.Quote(property.Value)} of the all-day VEVENT {vevent.Label}";
        if (pattern.Frequency < FrequencyType.Daily)
        {
            throw ContentLineReader.Error(property.Line, $"{rule} recurs {pattern.Frequency.ToString().ToUpperInvariant()}; an all-day event recurs by whole days: FREQ=DAILY, WEEKLY, MONTHLY or YEARLY.");
        }

        if (pattern.ByHour.Count > 0 || pattern.ByMinute.Count > 0 || pattern.BySecond.Count > 0)
        {
            throw ContentLineReader.Error(property.Line, $"{rule} has BYHOUR, BYMINUTE or BYSECOND, which RFC 5545 forbids with a DATE DTSTART.");
        }

        if (NotAllowed(pattern) is { } part)
        {
            throw ContentLineReader.Error(property.Line, $"{rule} uses {part}, which RFC 5545 (section 3.3.10) does not allow with FREQ={pattern.Frequency.ToString().ToUpperInvariant()}; its meaning would be a guess.");
        }

        if (pattern.Interval < 1)
        {
            throw ContentLineReader.Error(property.Line, $"{rule} has INTERVAL={pattern.Interval.ToString(CultureInfo.InvariantCulture)}; expected a positive number.");
        }

        if (pattern.Count is { } count && (count < 1 || count > HolidayCalendar.MaxOccurrencesPerEvent))
        {
            throw ContentLineReader.Error(property.Line, $"{rule} has COUNT={count.ToString(CultureInfo.InvariantCulture)}; expected 1 to {HolidayCalendar.MaxOccurrencesPerEvent} occurrences (HolidayCalendar.MaxOccurrencesPerEvent).");
        }
    }

    /// <summary>The first rule part RFC 5545 forbids with the rule's frequency, or null.</summary>
    private static string? NotAllowed(RecurrencePattern pattern) => pattern.Frequency switch
    {
        not FrequencyType.Yearly when pattern.ByWeekNo.Count > 0 => "BYWEEKNO",
        FrequencyType.Daily or FrequencyType.Weekly or FrequencyType.Monthly when pattern.ByYearDay.Count > 0 => "BYYEARDAY",
        FrequencyType.Weekly when pattern.ByMonthDay.Count > 0 => "BYMONTHDAY",
        FrequencyType.Daily or FrequencyType.Weekly when pattern.ByDay.Any(d => d.Offset is not null) => "BYDAY with a position (such as 2MO)",
        FrequencyType.Yearly when pattern.ByWeekNo.Count > 0 && pattern.ByDay.Any(d => d.Offset is not null) => "BYDAY with a position (such as 2MO) together with BYWEEKNO",
        _ => null,
    };

    /// <summary>A TZID must name a zone: one of the file's VTIMEZONEs, or an IANA or Windows ID NodaTime knows.</summary>
    private static void CheckTimeZone(ContentLine property, IReadOnlySet<string> timeZoneIds)
    {
        if (property.Parameter("TZID") is not { } id
            || timeZoneIds.Contains(id)
            || DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) is not null
            || TzdbDateTimeZoneSource.Default.WindowsMapping.PrimaryMapping.ContainsKey(id))
        {
            return;
        }

        throw ContentLineReader.Error(property.Line, $"{property.Name} names the time zone {ContentLineReader.Quote(id)}, which no VTIMEZONE of the file defines and which is not in the IANA database (TZDB {TzdbDateTimeZoneSource.Default.TzdbVersion}); expected e.g. 'TZID=America/New_York'.");
    }
}
