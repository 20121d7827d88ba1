using System.Globalization;
using KpoSdk.Knowledge.Text;
using NodaTime;
using NodaTime.Text;

namespace KpoSdk.Time;

/// <summary>
/// A dated hours override to the weekly hours: on <see cref="Date"/> the ranges that start that day
/// are <see cref="Hours"/> instead of the weekday's, whether the day is a holiday or not. Use it
/// for an extra open day (a Saturday close of the books, 09:00-13:00), a closed afternoon
/// (09:00-12:00 only) or a day closed without being a holiday (<see cref="Closed"/>). Like a
/// weekly range, an override's range may cross midnight, and the tail of the previous day's
/// range stays open.
/// </summary>
/// <remarks>Text form: <c>2025-12-24 09:00-12:00</c>, <c>2025-12-27 09:00-12:00, 13:00-15:00</c>, <c>2025-12-31 closed</c>.</remarks>
public sealed class HoursOverride : IEquatable<HoursOverride>
{
    private const string Subject = "a valid hours override";

    private readonly MinuteRange[] _ranges;

    private HoursOverride(LocalDate date, MinuteRange[] ranges)
    {
        Date = date;
        _ranges = ranges;
        Hours = Array.AsReadOnly(ranges.Select(r => new TimeRange(r)).ToArray());
    }

    /// <summary>The local date whose hours this replaces.</summary>
    public LocalDate Date { get; }

    /// <summary>The ranges that start on <see cref="Date"/>, ordered and merged; empty when closed.</summary>
    public IReadOnlyList<TimeRange> Hours { get; }

    /// <summary>True when no range starts on <see cref="Date"/>.</summary>
    public bool IsClosed => _ranges.Length == 0;

    internal MinuteRange[] Ranges => _ranges;

    /// <summary>No range starts on <paramref name="date"/> (a range from the day before may still run into it).</summary>
    public static HoursOverride Closed(LocalDate date) => new(date, []);

    /// <summary>On <paramref name="date"/> the calendar opens from <paramref name="start"/> to <paramref name="end"/> only (an end not after the start is on the next day).</summary>
    /// <exception cref="ArgumentException">A time is not a whole minute.</exception>
    public static HoursOverride Open(LocalDate date, LocalTime start, LocalTime end) =>
        Open(date, [new TimeRange(start, end)]);

    /// <summary>On <paramref name="date"/> the calendar opens for exactly these ranges (merged when they overlap); none means closed.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="hours"/> is null.</exception>
    /// <exception cref="ArgumentException">A range is <c>default</c>.</exception>
    public static HoursOverride Open(LocalDate date, IEnumerable<TimeRange> hours)
    {
        ArgumentNullException.ThrowIfNull(hours);
        return new HoursOverride(date, WeeklyHoursModel.Merge(hours.Select(h => h.Validated(nameof(hours)))));
    }

    /// <summary>On <paramref name="date"/> the calendar opens for the hours written as in weekly hours: <c>09:00-12:00, 13:00-17:00</c>, or <c>closed</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="hours"/> is null.</exception>
    /// <exception cref="FormatException">The hours are malformed; the message gives the position and what was expected.</exception>
    public static HoursOverride Open(LocalDate date, string hours)
    {
        ArgumentNullException.ThrowIfNull(hours);
        return new HoursOverride(date, DayHoursText.Parse(hours));
    }

    /// <summary>Parses the text form <c>yyyy-MM-dd hours</c>, e.g. <c>2025-12-24 09:00-12:00</c> or <c>2025-12-31 closed</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is malformed; the message quotes it with the position and what was expected.</exception>
    public static HoursOverride Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        const int dateLength = 10;
        var date = LocalDatePattern.Iso.Parse(text.Length >= dateLength ? text[..dateLength] : text);
        if (!date.Success)
        {
            throw new FormatException(new TextParseError(Subject, text, 0, Math.Min(dateLength, text.Length), "a date in the form yyyy-MM-dd such as '2025-12-24'").Message);
        }

        int hoursStart = dateLength;
        while (hoursStart < text.Length && TextScanner.IsBlank(text[hoursStart]))
        {
            hoursStart++;
        }

        if (hoursStart == dateLength)
        {
            throw new FormatException(new TextParseError(Subject, text, dateLength, 1, "a space and then the hours, such as '09:00-12:00' or 'closed'").Message);
        }

        var hours = DayHoursText.Read(text[hoursStart..]);
        if (hours.Error is { } e)
        {
            throw new FormatException(new TextParseError(Subject, text, hoursStart + e.Position, e.Length, e.Expected, e.Hint).Message);
        }

        return new HoursOverride(date.Value, hours.Value);
    }

    /// <summary>The text form, e.g. <c>2025-12-24 09:00-12:00</c>.</summary>
    public override string ToString() =>
        Date.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture) + " " + DayHoursText.Format(_ranges);

    /// <summary>Equal when date and hours are equal.</summary>
    public bool Equals(HoursOverride? other) => other is not null && Date == other.Date && _ranges.AsSpan().SequenceEqual(other._ranges);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as HoursOverride);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, _ranges.Length, _ranges.Length > 0 ? _ranges[0] : default);

    /// <summary>True when both are null or equal.</summary>
    public static bool operator ==(HoursOverride? left, HoursOverride? right) => left is null ? right is null : left.Equals(right);

    /// <summary>True when exactly one is null or they differ.</summary>
    public static bool operator !=(HoursOverride? left, HoursOverride? right) => !(left == right);
}
