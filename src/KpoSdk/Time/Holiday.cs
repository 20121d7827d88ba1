using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace KpoSdk.Time;

/// <summary>One day of a holiday read from an iCalendar file: the date and the event's SUMMARY.</summary>
/// <remarks>A holiday of several days (an event with a later DTEND or a DURATION) gives one
/// <see cref="Holiday"/> per day, each with the same name.</remarks>
/// <param name="Date">The local date closed by the holiday, in whatever zone the calendar that uses it is in (all-day events are floating dates).</param>
/// <param name="Name">The event's SUMMARY, unescaped; empty when the event has none.</param>
public readonly record struct Holiday(LocalDate Date, string Name) : IComparable<Holiday>
{
    /// <summary>Orders by date, then by name (ordinal).</summary>
    public int CompareTo(Holiday other)
    {
        int byDate = Date.CompareTo(other.Date);
        return byDate != 0 ? byDate : string.CompareOrdinal(Name, other.Name);
    }

    /// <summary>The ISO date and the name, e.g. <c>2027-12-25 Christmas Day</c>.</summary>
    public override string ToString() =>
        Name.Length == 0
            ? LocalDatePattern.Iso.Format(Date)
            : string.Create(CultureInfo.InvariantCulture, $"{LocalDatePattern.Iso.Format(Date)} {Name}");
}
