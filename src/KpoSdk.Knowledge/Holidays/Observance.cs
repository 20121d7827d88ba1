namespace KpoSdk.Knowledge.Holidays;

/// <summary>
/// What happens when a holiday falls on a weekend day (tools/data/holidays/FORMAT.md,
/// "Observance rules", and FORMAT-REQUESTS.md). A substitute rule keeps the holiday on its date
/// and closes a substitute day too; a <c>moved-…</c> rule moves the holiday, which then exists
/// only on its new date.
/// </summary>
internal enum Observance
{
    /// <summary>No substitute and no move.</summary>
    None,

    /// <summary>Saturday: also the Friday before; Sunday: also the Monday after (5 U.S.C. 6103(b)).</summary>
    NearestWeekday,

    /// <summary>Sunday: also the Monday after.</summary>
    SundayToMonday,

    /// <summary>Saturday or Sunday: also the Monday after.</summary>
    WeekendToMonday,

    /// <summary>Saturday or Sunday: also the next Monday-Friday day that is free (UK substitute days).</summary>
    NextFreeWeekday,

    /// <summary>Sunday: also the next day that is free (Japan, Act on National Holidays Art. 3(2)).</summary>
    NextFreeDay,

    /// <summary>
    /// Sunday: also the next day that is not a public holiday on its own date; holidays sharing a
    /// Sunday share one substitute day (Malaysia, Holidays Act 1951 s.3 as applied by the JPA).
    /// </summary>
    SundayToNextNonHoliday,

    /// <summary>Moved to the following Monday unless on a Monday (Colombia, Law 51 of 1983).</summary>
    MovedToMonday,

    /// <summary>Tuesday or Wednesday: moved to the Monday before; Thursday to Sunday: to the Monday after.</summary>
    MovedNearestMonday,

    /// <summary>Saturday or Sunday: moved to the following Monday.</summary>
    MovedWeekendToMonday,

    /// <summary>Sunday: moved to the following Monday.</summary>
    MovedSundayToMonday,

    /// <summary>Saturday or Sunday: moved to the next free Monday-Friday day (Tasmania, Northern Territory).</summary>
    MovedNextFreeWeekday,

    /// <summary>Sunday: moved to the Saturday before (Netherlands, King's Day).</summary>
    MovedSundayToSaturday,
}

/// <summary>The data file names of <see cref="Observance"/> values.</summary>
internal static class Observances
{
    private static readonly string[] s_names =
    [
        "",
        "nearest-weekday",
        "sunday-to-monday",
        "weekend-to-monday",
        "next-free-weekday",
        "next-free-day",
        "sunday-to-next-non-holiday",
        "moved-to-monday",
        "moved-nearest-monday",
        "moved-weekend-to-monday",
        "moved-sunday-to-monday",
        "moved-next-free-weekday",
        "moved-sunday-to-saturday",
    ];

    /// <summary>Every name the data may use for <c>observed</c>, in enum order (the first, "", is <see cref="Observance.None"/>).</summary>
    public static IReadOnlyList<string> Names => s_names;

    public static string NameOf(Observance observance) => s_names[(int)observance];

    public static bool TryParse(string? name, out Observance observance)
    {
        int index = Array.IndexOf(s_names, name ?? string.Empty);
        observance = index < 0 ? Observance.None : (Observance)index;
        return index >= 0;
    }

    /// <summary>Whether the holiday moves (exists only on its new date) rather than gaining a substitute day.</summary>
    public static bool Moves(this Observance observance) => observance >= Observance.MovedToMonday;

    /// <summary>The day a moved holiday is held on; its own date when the rule leaves it there.</summary>
    public static int MovedDay(this Observance observance, int day) => (observance, CivilDays.DayOfWeek(day)) switch
    {
        (Observance.MovedToMonday, _) => CivilDays.OnOrAfter(day, 1),
        (Observance.MovedNearestMonday, 2 or 3) => CivilDays.OnOrBefore(day, 1),
        (Observance.MovedNearestMonday, _) => CivilDays.OnOrAfter(day, 1),
        (Observance.MovedWeekendToMonday, >= CivilDays.Saturday) => CivilDays.OnOrAfter(day, 1),
        (Observance.MovedSundayToMonday, CivilDays.Sunday) => day + 1,
        (Observance.MovedSundayToSaturday, CivilDays.Sunday) => day - 1,
        _ => day,
    };
}
