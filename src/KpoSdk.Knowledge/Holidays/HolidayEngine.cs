namespace KpoSdk.Knowledge.Holidays;

/// <summary>
/// Computes a year's holidays from a jurisdiction's definitions, with the observance semantics of
/// tools/data/holidays/FORMAT.md and FORMAT-REQUESTS.md (see docs/holidays.md, "Semantics").
/// </summary>
/// <remarks>
/// The occurrences of the year before and after are computed too, so that a substitute day that
/// crosses the new year (1 January on a Saturday observed on Friday 31 December) lands in the
/// right year. Substitute days are assigned in date order (then by id); a day is "free" when no
/// public holiday (its own date, a moved date or an earlier substitute) is on it. Optional
/// holidays never occupy a day, so including them changes no public holiday's substitute.
/// </remarks>
internal static class HolidayEngine
{
    public static HolidayYear Compute(IReadOnlyList<HolidayDefinition> definitions, int year, bool includeOptional)
    {
        var candidates = new List<(int Day, HolidayDefinition Definition, bool Final)>();
        var unknown = new List<HolidayDefinition>();
        var between = new List<HolidayDefinition>();
        var days = new List<int>();
        foreach (var definition in definitions)
        {
            if (!includeOptional && definition.Kind == HolidayKind.Optional)
            {
                continue;
            }

            if (definition.Rule.Form == HolidayRuleForm.BetweenHolidays)
            {
                if (definition.AppliesIn(year))
                {
                    between.Add(definition);
                }

                continue;
            }

            for (int y = year - 1; y <= year + 1; y++)
            {
                AddCandidates(definition, y, year, candidates, unknown, days);
            }
        }

        var occupied = new HashSet<int>();
        foreach (var (day, definition, final) in candidates)
        {
            if (definition.Kind == HolidayKind.Public && (final || Stays(definition.Observance, day)))
            {
                occupied.Add(day);
            }
        }

        candidates.Sort((a, b) => a.Day != b.Day ? a.Day.CompareTo(b.Day) : string.CompareOrdinal(a.Definition.Id, b.Definition.Id));
        var result = Observe(candidates, occupied);
        AddBetweenHolidays(year, between, result);

        int first = CivilDays.Of(year, 1, 1);
        int last = CivilDays.Of(year, 12, 31);
        result.RemoveAll(o => o.Day < first || o.Day > last);
        result.Sort(static (a, b) =>
            a.Day != b.Day ? a.Day.CompareTo(b.Day)
            : string.CompareOrdinal(a.Definition.Id, b.Definition.Id) is var byId and not 0 ? byId
            : a.IsSubstitute.CompareTo(b.IsSubstitute));
        return new HolidayYear(year, result, unknown);
    }

    private static void AddCandidates(HolidayDefinition definition, int y, int year, List<(int, HolidayDefinition, bool)> candidates, List<HolidayDefinition> unknown, List<int> days)
    {
        if (y < HolidayYears.First - 1 || y > HolidayYears.Last + 1 || !definition.AppliesIn(y))
        {
            return;
        }

        if (definition.Overrides.TryGetValue(y, out var dates))
        {
            foreach (var date in dates)
            {
                candidates.Add((CivilDays.Of(date), definition, true));
            }

            return;
        }

        days.Clear();
        if (!definition.Rule.AddDates(y, days))
        {
            // The neighbouring years only lend substitute days; an unknown one is reported when its own year is asked for.
            if (y == year)
            {
                unknown.Add(definition);
            }

            return;
        }

        foreach (int day in days)
        {
            candidates.Add((day, definition, false));
        }
    }

    /// <summary>Whether a holiday is on its own date from the start: it has no move, or its move leaves this date alone.</summary>
    private static bool Stays(Observance observance, int day) =>
        observance == Observance.MovedNextFreeWeekday ? !CivilDays.IsWeekend(day) : !observance.Moves() || observance.MovedDay(day) == day;

    private static List<HolidayOccurrence> Observe(List<(int Day, HolidayDefinition Definition, bool Final)> candidates, HashSet<int> occupied)
    {
        var originals = new HashSet<int>(occupied);
        var shared = new HashSet<int>();
        var result = new List<HolidayOccurrence>(candidates.Count + 4);
        foreach (var (day, definition, final) in candidates)
        {
            var observance = final ? Observance.None : definition.Observance;
            int? target = Target(observance, day, occupied, originals, shared);
            if (observance.Moves())
            {
                result.Add(new HolidayOccurrence(target ?? day, definition, false));
            }
            else
            {
                result.Add(new HolidayOccurrence(day, definition, false));
                if (target is { } substitute)
                {
                    result.Add(new HolidayOccurrence(substitute, definition, true));
                }
            }

            if (target is { } taken && definition.Kind == HolidayKind.Public)
            {
                occupied.Add(taken);
            }
        }

        return result;
    }

    /// <summary>The substitute or moved day of a holiday on <paramref name="day"/>, or null when it stays put with no substitute.</summary>
    private static int? Target(Observance observance, int day, HashSet<int> occupied, HashSet<int> originals, HashSet<int> shared)
    {
        int weekday = CivilDays.DayOfWeek(day);
        switch (observance)
        {
            case Observance.None:
                return null;
            case Observance.NearestWeekday:
                return weekday == CivilDays.Saturday ? day - 1 : weekday == CivilDays.Sunday ? day + 1 : null;
            case Observance.SundayToMonday:
                return weekday == CivilDays.Sunday ? day + 1 : null;
            case Observance.WeekendToMonday:
                return weekday >= CivilDays.Saturday ? CivilDays.OnOrAfter(day, 1) : null;
            case Observance.NextFreeWeekday:
            case Observance.MovedNextFreeWeekday:
                return weekday >= CivilDays.Saturday ? Next(day, occupied, weekdaysOnly: true) : null;
            case Observance.NextFreeDay:
                return weekday == CivilDays.Sunday ? Next(day, occupied, weekdaysOnly: false) : null;
            case Observance.SundayToNextNonHoliday:
                // Holidays sharing a Sunday share one substitute day; later substitutes do not count as holidays.
                return weekday == CivilDays.Sunday && Next(day, originals, weekdaysOnly: false) is var next && shared.Add(next) ? next : null;
            default:
                int moved = observance.MovedDay(day);
                return moved == day ? null : moved;
        }
    }

    private static int Next(int day, HashSet<int> taken, bool weekdaysOnly)
    {
        int next = day + 1;
        while (taken.Contains(next) || (weekdaysOnly && CivilDays.IsWeekend(next)))
        {
            next++;
        }

        return next;
    }

    /// <summary>
    /// Japan's Citizens' Holiday (Act on National Holidays Art. 3(3)): a day that is not a Sunday
    /// and not already a holiday, between two days that are national holidays on their own dates
    /// (substitute days do not count).
    /// </summary>
    private static void AddBetweenHolidays(int year, List<HolidayDefinition> between, List<HolidayOccurrence> result)
    {
        if (between.Count == 0)
        {
            return;
        }

        var national = new HashSet<int>(result.Where(o => !o.IsSubstitute && o.Definition.Kind == HolidayKind.Public).Select(o => o.Day));
        var closed = new HashSet<int>(result.Where(o => o.Definition.Kind == HolidayKind.Public).Select(o => o.Day));
        for (int day = CivilDays.Of(year, 1, 1); day <= CivilDays.Of(year, 12, 31); day++)
        {
            if (CivilDays.DayOfWeek(day) != CivilDays.Sunday && !closed.Contains(day) && national.Contains(day - 1) && national.Contains(day + 1))
            {
                result.Add(new HolidayOccurrence(day, between[0], false));
            }
        }
    }
}
