using System.Text.RegularExpressions;
using Ical.Net.DataTypes;
using NodaTime;

namespace KpoSdk.Time.ICalendar;

/// <summary>
/// Checks the date, duration and recurrence values of a VEVENT, line by line, and the
/// consistency of an all-day event's end with its start. Ical.Net throws without a line for some
/// of these and silently drops the others (a DTEND of <c>nope</c> makes a one-day event), so they
/// are checked here first.
/// </summary>
internal static partial class EventChecks
{
    private const string DateForm = "a DATE (YYYYMMDD, e.g. 20271225)";
    private const string DateTimeForm = "a DATE-TIME (YYYYMMDDTHHMMSS, optionally ending in Z)";

    /// <summary>
    /// Throws <see cref="ICalendarFormatException"/> at the first malformed value of
    /// <paramref name="vevent"/>; <paramref name="timeZoneIds"/> are the TZIDs the file's
    /// VTIMEZONEs define (the IANA and Windows IDs NodaTime knows are accepted too).
    /// </summary>
    public static void Check(EventLines vevent, IReadOnlySet<string> timeZoneIds)
    {
        var start = Single(vevent, "DTSTART")
            ?? throw ContentLineReader.Error(vevent.BeginLine, $"the VEVENT {vevent.Label} that begins here has no DTSTART; expected e.g. 'DTSTART;VALUE=DATE:20271225'.");
        var end = Single(vevent, "DTEND");
        var duration = Single(vevent, "DURATION");
        foreach (var property in vevent.Properties)
        {
            CheckValue(property);
            CheckTimeZone(property, timeZoneIds);
        }

        if (end is { } e && duration is { } d)
        {
            throw ContentLineReader.Error(d.Line, $"the VEVENT {vevent.Label} has both DTEND (line {e.Line}) and DURATION; RFC 5545 allows one of them.");
        }

        if (!IsDate(start))
        {
            if (end is { } dateEnd && IsDate(dateEnd))
            {
                throw ContentLineReader.Error(dateEnd.Line, $"{ContentLineReader.Quote(dateEnd.Text)} is a date, but DTSTART (line {start.Line}) has a time; DTEND must be {DateTimeForm} like DTSTART.");
            }

            return;
        }

        if (end is { } endLine)
        {
            if (!IsDate(endLine))
            {
                throw ContentLineReader.Error(endLine.Line, $"{ContentLineReader.Quote(endLine.Text)} has a time, but DTSTART (line {start.Line}) is a date; an all-day event needs {DateForm} as its DTEND.");
            }

            if (string.CompareOrdinal(endLine.Value.Trim(), start.Value.Trim()) < 0)
            {
                throw ContentLineReader.Error(endLine.Line, $"DTEND {endLine.Value.Trim()} is before DTSTART {start.Value.Trim()} (line {start.Line}); DTEND is the first day after the event.");
            }
        }

        if (duration is { } durationLine && !WholeDays().IsMatch(durationLine.Value.Trim()))
        {
            throw ContentLineReader.Error(durationLine.Line, $"DURATION {ContentLineReader.Quote(durationLine.Value)} of an all-day event must be a whole number of days or weeks, e.g. 'P3D' or 'P1W'.");
        }

        CheckAllDay(vevent, start, end, duration);
    }

    private static void CheckValue(ContentLine property)
    {
        switch (property.Name)
        {
            case "DTSTART" or "DTEND" or "RECURRENCE-ID":
                CheckDates(property, single: true);
                break;
            case "EXDATE":
                CheckDates(property, single: false);
                break;
            case "RDATE" when property.HasParameter("VALUE", "PERIOD"):
                CheckPeriods(property);
                break;
            case "RDATE":
                CheckDates(property, single: false);
                break;
            case "DURATION" when !Duration().IsMatch(property.Value.Trim()):
                throw ContentLineReader.Error(property.Line, $"DURATION {ContentLineReader.Quote(property.Value)} is not an RFC 5545 duration such as 'P1D', 'P2W' or 'PT4H30M'.");
            case "RRULE" or "EXRULE":
                CheckRule(property);
                break;
        }
    }

    private static void CheckDates(ContentLine property, bool single)
    {
        bool dateOnly = property.HasParameter("VALUE", "DATE");
        string[] values = property.Value.Split(',');
        if (single && values.Length > 1)
        {
            throw ContentLineReader.Error(property.Line, $"{property.Name} {ContentLineReader.Quote(property.Value)} holds several values; expected one.");
        }

        foreach (string raw in values)
        {
            string value = raw.Trim();
            if (dateOnly ? !IsDate(value) : !IsDate(value) && !IsDateTime(value))
            {
                string expected = dateOnly ? DateForm + ", as VALUE=DATE says" : DateForm + " or " + DateTimeForm;
                throw ContentLineReader.Error(property.Line, $"{property.Name} value {ContentLineReader.Quote(value)} is not {expected}.");
            }
        }
    }

    private static void CheckPeriods(ContentLine property)
    {
        foreach (string raw in property.Value.Split(','))
        {
            string[] parts = raw.Trim().Split('/');
            if (parts.Length != 2 || !IsDateTime(parts[0]) || !(IsDateTime(parts[1]) || Duration().IsMatch(parts[1])))
            {
                throw ContentLineReader.Error(property.Line, $"RDATE period {ContentLineReader.Quote(raw)} is not START/END or START/DURATION, e.g. '20271224T130000Z/PT4H'.");
            }
        }
    }

    private static void CheckRule(ContentLine property)
    {
        try
        {
            _ = new RecurrencePattern(property.Value);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException)
        {
            throw new ICalendarFormatException(
                $"iCalendar line {property.Line}: {property.Name} {ContentLineReader.Quote(property.Value)} is not a valid recurrence rule: {ex.Message} Expected e.g. 'FREQ=YEARLY;BYMONTH=11;BYDAY=4TH'.",
                property.Line,
                ex);
        }
    }

    private static ContentLine? Single(EventLines vevent, string name)
    {
        ContentLine? found = null;
        foreach (var property in vevent.Properties)
        {
            if (property.Name != name)
            {
                continue;
            }

            if (found is { } first)
            {
                throw ContentLineReader.Error(property.Line, $"the VEVENT {vevent.Label} has a second {name} (the first is on line {first.Line}); expected one.");
            }

            found = property;
        }

        return found;
    }

    /// <summary>Whether a DTSTART/DTEND line holds a date without a time (what makes an event all-day).</summary>
    public static bool IsDate(ContentLine line) => IsDate(line.Value.Trim());

    private static bool IsDate(string value) => value.Length == 8 && IsValidDate(value);

    private static bool IsDateTime(string value)
    {
        string local = value.EndsWith('Z') ? value[..^1] : value;
        return local.Length == 15
            && local[8] == 'T'
            && IsValidDate(local[..8])
            && Digits(local.AsSpan(9), out int time)
            && time / 10000 < 24 && time / 100 % 100 < 60 && time % 100 <= 60;
    }

    private static bool IsValidDate(string value)
    {
        if (!Digits(value.AsSpan(0, 8), out int number))
        {
            return false;
        }

        int year = number / 10000, month = number / 100 % 100, day = number % 100;
        return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month);
    }

    private static bool Digits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return text.Length > 0;
    }

    [GeneratedRegex(@"^[+-]?P(\d+W|\d+D(T(\d+H(\d+M(\d+S)?)?|\d+M(\d+S)?|\d+S))?|T(\d+H(\d+M(\d+S)?)?|\d+M(\d+S)?|\d+S))$")]
    private static partial Regex Duration();

    [GeneratedRegex(@"^\+?P(\d+W|\d+D)$")]
    private static partial Regex WholeDays();
}
