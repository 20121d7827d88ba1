using NodaTime;

namespace KpoSdk.Time.Holidays;

/// <summary>One source of a <see cref="HolidayCalendar"/>: the built-in holidays of a jurisdiction, or an iCalendar file.</summary>
internal abstract class HolidayFeed
{
    /// <summary>The first date whose holidays this feed knows.</summary>
    public abstract LocalDate KnownFrom(bool includeOptional);

    /// <summary>The last date whose holidays this feed knows.</summary>
    public abstract LocalDate KnownThrough(bool includeOptional);

    /// <summary>Adds the feed's holidays of <paramref name="year"/> (those whose dates are known) to <paramref name="holidays"/>.</summary>
    public abstract void AddYear(int year, bool includeOptional, List<Holiday> holidays);

    /// <summary>The names of the holidays of <paramref name="year"/> whose dates the feed does not know.</summary>
    public abstract IReadOnlyList<string> UnknownIn(int year, bool includeOptional);

    /// <summary>
    /// Checks the limits that bound expanding the feed over <paramref name="dates"/> as a whole, before
    /// the calendar expands it a year at a time; nothing to check for most feeds.
    /// </summary>
    public virtual void CheckLimits(DateInterval dates)
    {
    }

    /// <summary>The all-day events read from iCalendar files behind this feed.</summary>
    public virtual int AllDayEvents => 0;

    /// <summary>The iCalendar events behind this feed that are not holidays, with why.</summary>
    public virtual IReadOnlyList<string> IgnoredEvents => [];

    /// <summary>A short description for messages and <c>ToString</c>, e.g. "IN-MH public holidays".</summary>
    public abstract string Describe();
}
