using KpoSdk.Knowledge.Text;
using NodaTime;

namespace KpoSdk.Time;

/// <summary>
/// One opening range of a week: the day it starts on and its hours, such as Monday 22:00-06:00
/// (which ends on Tuesday morning but belongs to Monday: a holiday on Monday closes it, a holiday
/// on Tuesday does not).
/// </summary>
public readonly struct WeeklyRange : IEquatable<WeeklyRange>
{
    /// <summary>A range on <paramref name="day"/> with the given hours.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is <see cref="IsoDayOfWeek.None"/> or undefined.</exception>
    public WeeklyRange(IsoDayOfWeek day, TimeRange hours)
    {
        if (day < IsoDayOfWeek.Monday || day > IsoDayOfWeek.Sunday)
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "A weekly range starts on a day from Monday to Sunday.");
        }

        Day = day;
        Hours = hours;
    }

    /// <summary>A range on <paramref name="day"/> from <paramref name="start"/> to <paramref name="end"/> (an end not after the start is on the next day).</summary>
    public WeeklyRange(IsoDayOfWeek day, LocalTime start, LocalTime end)
        : this(day, new TimeRange(start, end))
    {
    }

    /// <summary>The day on which the range starts, and to which it belongs.</summary>
    public IsoDayOfWeek Day { get; }

    /// <summary>The wall-clock hours.</summary>
    public TimeRange Hours { get; }

    /// <summary>The opening time on <see cref="Day"/>.</summary>
    public LocalTime Start => Hours.Start;

    /// <summary>The closing time, on <see cref="Day"/> or on the next day when <see cref="EndsNextDay"/>.</summary>
    public LocalTime End => Hours.End;

    /// <summary>True when the range closes on the day after <see cref="Day"/>.</summary>
    public bool EndsNextDay => Hours.EndsNextDay;

    /// <summary>The nominal wall-clock length.</summary>
    public Duration Length => Hours.Length;

    /// <summary>Equal when day and hours are equal.</summary>
    public bool Equals(WeeklyRange other) => Day == other.Day && Hours == other.Hours;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is WeeklyRange other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => ((int)Day * 397) ^ Hours.GetHashCode();

    /// <summary>True when the two ranges are equal.</summary>
    public static bool operator ==(WeeklyRange left, WeeklyRange right) => left.Equals(right);

    /// <summary>True when the two ranges differ.</summary>
    public static bool operator !=(WeeklyRange left, WeeklyRange right) => !left.Equals(right);

    /// <summary>The text form, e.g. <c>Mon 22:00-06:00</c>.</summary>
    public override string ToString() => DayNames.Of((int)Day) + " " + Hours;
}
