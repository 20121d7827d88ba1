using System.Globalization;
using CsCheck;

namespace KpoSdk.Fuzz.Tests.Gens;

/// <summary>
/// iCalendar texts built from the parts that made the reader hang or throw: recurrence rules of any
/// frequency and size, EXRULEs, long EXDATE and RDATE lists, RECURRENCE-IDs, long folds, many
/// events, dates at the ends of the calendar, and lines that are not iCalendar at all.
/// </summary>
internal static class ICalendarText
{
    private static readonly Gen<string> Date = Gen.Frequency(
        (6, Gen.Int[0, 3_652_058].Select(d => DateOnly.FromDayNumber(d).ToString("yyyyMMdd", CultureInfo.InvariantCulture))),
        (3, Gen.Int[0, 20_000].Select(d => DateOnly.FromDayNumber(738_000 + d).ToString("yyyyMMdd", CultureInfo.InvariantCulture))),
        (1, Gen.OneOf("00010101", "99991231", "99991230", "20240229", "20250230", "2025-01-01", "")));

    private static readonly Gen<string> Start = Gen.Frequency(
        (6, Date.Select(d => "DTSTART;VALUE=DATE:" + d)),
        (2, Date.Select(d => "DTSTART:" + d)),
        (2, Date.Select(d => "DTSTART:" + d + "T090000Z")),
        (1, Date.Select(d => "DTSTART;TZID=America/New_York:" + d + "T090000")),
        (1, Date.Select(d => "DTSTART;TZID=Nowhere/Land:" + d + "T090000")));

    private static readonly Gen<string> RulePart = Gen.Frequency(
        (3, Gen.OneOf("COUNT=", "INTERVAL=").SelectMany(p => Gen.OneOf(Gen.Int[0, 40], Gen.Int[int.MinValue, int.MaxValue]).Select(n => p + n.ToString(CultureInfo.InvariantCulture)))),
        (2, Date.Select(d => "UNTIL=" + d)),
        (2, Gen.Int[-400, 400].Array[1, 4].Select(n => "BYMONTHDAY=" + string.Join(",", n))),
        (2, Gen.Int[-14, 14].Array[1, 4].Select(n => "BYMONTH=" + string.Join(",", n))),
        (1, Gen.Int[-400, 400].Array[1, 3].Select(n => "BYYEARDAY=" + string.Join(",", n))),
        (1, Gen.Int[-60, 60].Array[1, 3].Select(n => "BYWEEKNO=" + string.Join(",", n))),
        (2, Gen.Select(Gen.Int[-6, 6], Gen.OneOf("MO", "TU", "WE", "TH", "FR", "SA", "SU", "XX")).Array[1, 3].Select(d => "BYDAY=" + string.Join(",", d.Select(x => (x.Item1 == 0 ? "" : x.Item1.ToString(CultureInfo.InvariantCulture)) + x.Item2)))),
        (1, Gen.Int[-5, 5].Array[1, 3].Select(n => "BYSETPOS=" + string.Join(",", n))),
        (1, Gen.OneOf("BYHOUR=9", "BYMINUTE=30", "BYSECOND=1", "WKST=SU", "WKST=XX", "FOO=BAR", "")));

    private static readonly Gen<string> Rule =
        Gen.Select(Gen.OneOf("SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY", "SOMETIMES"), RulePart.Array[0, 4])
            .Select((freq, parts) => string.Join(";", parts.Prepend("FREQ=" + freq)));

    private static readonly Gen<string> DateList = Gen.Frequency(
        (4, Date.Array[1, 5].Select(d => string.Join(",", d))),
        (1, Gen.Int[1, 25_000].Select(n => string.Join(",", Enumerable.Range(0, n).Select(i => DateOnly.FromDayNumber(739_000 + (2 * i)).ToString("yyyyMMdd", CultureInfo.InvariantCulture))))));

    private static readonly Gen<string> Property = Gen.Frequency(
        (4, Rule.Select(r => "RRULE:" + r)),
        (1, Rule.Select(r => "EXRULE:" + r)),
        (2, DateList.Select(d => "EXDATE;VALUE=DATE:" + d)),
        (2, DateList.Select(d => "RDATE;VALUE=DATE:" + d)),
        (1, Date.Select(d => "DTEND;VALUE=DATE:" + d)),
        (1, Gen.OneOf("DURATION:P1D", "DURATION:P2W", "DURATION:PT4H", "DURATION:P99999999999D", "DURATION:P366D", "DURATION:P367D")),
        (1, Date.Select(d => "RECURRENCE-ID;VALUE=DATE:" + d)),
        (1, Gen.OneOf("UID:a@x", "UID:b@x", "STATUS:CANCELLED", "SEQUENCE:2", "SEQUENCE:-1")),
        (1, Gen.Int[0, 20_000].Select(n => "SUMMARY:Closed" + string.Concat(Enumerable.Repeat("\r\n  and more", n)))),
        (1, HostileText.For(":", "SUMMARY:x", "X-Y;A=\"b:c\":d")));

    private static readonly Gen<string> Event =
        Gen.Select(Start.Null(0.05), Property.Array[0, 6])
            .Select((start, properties) => "BEGIN:VEVENT\r\n" + (start is null ? "" : start + "\r\n") + string.Concat(properties.Select(p => p + "\r\n")) + "END:VEVENT\r\n");

    /// <summary>A calendar of events, occasionally thousands of them, or broken in structure.</summary>
    public static readonly Gen<string> Calendar = Gen.Frequency(
        (8, Event.Array[0, 6].Select(e => "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + string.Concat(e) + "END:VCALENDAR\r\n")),
        (1, Gen.Int[1, 12_000].Select(n => "BEGIN:VCALENDAR\r\n" + string.Concat(Enumerable.Range(0, n).Select(i => $"BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:{DateOnly.FromDayNumber(730_000 + i):yyyyMMdd}\r\nRRULE:FREQ=YEARLY\r\nEND:VEVENT\r\n")) + "END:VCALENDAR\r\n")),
        (1, HostileText.Mutated("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20250101\r\nRRULE:FREQ=DAILY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")));
}
