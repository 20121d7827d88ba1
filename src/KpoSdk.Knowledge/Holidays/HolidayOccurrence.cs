namespace KpoSdk.Knowledge.Holidays;

/// <summary>One day closed (or, for an optional holiday, offered) by a holiday: its own date, its moved date, or a substitute day.</summary>
internal readonly struct HolidayOccurrence(int day, HolidayDefinition definition, bool isSubstitute)
{
    /// <summary>The day number (<see cref="CivilDays"/>).</summary>
    public int Day { get; } = day;

    public HolidayDefinition Definition { get; } = definition;

    /// <summary>Whether this is the substitute day of a holiday that fell on a weekend (its name ends in " (observed)").</summary>
    public bool IsSubstitute { get; } = isSubstitute;

    public CalendarDate Date => CivilDays.ToDate(Day);

    public string Name => IsSubstitute ? Definition.Name + " (observed)" : Definition.Name;
}
