namespace KpoSdk.Knowledge.Holidays;

/// <summary>
/// One holiday rule: its form, the form's parameters and the modifiers every form may have
/// (<c>offset</c>, <c>shiftByWeekday</c>, <c>every</c>). Immutable.
/// </summary>
internal sealed class HolidayRule
{
    private readonly int[]? _shift;
    private readonly TabulatedDates? _table;

    private HolidayRule(HolidayRuleForm form, int month, int day, int nth, int weekday, int easterOffset, TabulatedDates? table, int offset, int every, int[]? shift)
    {
        Form = form;
        Month = month;
        Day = day;
        Nth = nth;
        Weekday = weekday;
        EasterOffset = easterOffset;
        _table = table;
        Offset = offset;
        Every = every;
        _shift = shift;
    }

    public HolidayRuleForm Form { get; }

    /// <summary>The month of a fixed date, of the nth weekday, or of the on-or-after/before date.</summary>
    public int Month { get; }

    /// <summary>The day of a fixed date or of the on-or-after/before date.</summary>
    public int Day { get; }

    /// <summary>1 to 5 for the nth weekday of the month, -1 for the last.</summary>
    public int Nth { get; }

    /// <summary>The ISO weekday (1 Monday to 7 Sunday) of the nth-weekday and on-or-after/before forms.</summary>
    public int Weekday { get; }

    /// <summary>Days after Easter Sunday of the Easter forms.</summary>
    public int EasterOffset { get; }

    /// <summary>Days added to the date the form gives (before the weekday shift).</summary>
    public int Offset { get; }

    /// <summary>Only every nth year counted from the holiday's first year; 0 when every year.</summary>
    public int Every { get; }

    /// <summary>The tabulated dates of a <see cref="HolidayRuleForm.Tabulated"/> rule.</summary>
    public TabulatedDates Table => _table ?? throw new InvalidOperationException("Only a tabulated rule has a table.");

    public bool IsTabulated => _table is not null;

    /// <summary>Days added to the date for its weekday (index 0 Monday to 6 Sunday), or null when none.</summary>
    public IReadOnlyList<int>? ShiftByWeekday => _shift;

    public static HolidayRule Fixed(int month, int day) => new(HolidayRuleForm.Fixed, month, day, 0, 0, 0, null, 0, 0, null);

    public static HolidayRule NthWeekday(int nth, int weekday, int month) => new(HolidayRuleForm.NthWeekday, month, 0, nth, weekday, 0, null, 0, 0, null);

    public static HolidayRule WeekdayOnOrAfter(int weekday, int month, int day) => new(HolidayRuleForm.WeekdayOnOrAfter, month, day, 0, weekday, 0, null, 0, 0, null);

    public static HolidayRule WeekdayOnOrBefore(int weekday, int month, int day) => new(HolidayRuleForm.WeekdayOnOrBefore, month, day, 0, weekday, 0, null, 0, 0, null);

    public static HolidayRule Easter(int offset) => new(HolidayRuleForm.Easter, 0, 0, 0, 0, offset, null, 0, 0, null);

    public static HolidayRule OrthodoxEaster(int offset) => new(HolidayRuleForm.OrthodoxEaster, 0, 0, 0, 0, offset, null, 0, 0, null);

    public static HolidayRule Tabulated(TabulatedDates table) => new(HolidayRuleForm.Tabulated, 0, 0, 0, 0, 0, table, 0, 0, null);

    public static HolidayRule BetweenHolidays() => new(HolidayRuleForm.BetweenHolidays, 0, 0, 0, 0, 0, null, 0, 0, null);

    /// <summary>The same rule with modifiers.</summary>
    public HolidayRule With(int offset, int every, int[]? shiftByWeekday) =>
        new(Form, Month, Day, Nth, Weekday, EasterOffset, _table, offset, every, shiftByWeekday);

    /// <summary>
    /// Adds the day numbers the rule gives in <paramref name="year"/> (before observance) to
    /// <paramref name="days"/>. Returns false, adding nothing, when the rule is tabulated and
    /// <paramref name="year"/> is outside the years its table is known for.
    /// </summary>
    public bool AddDates(int year, List<int> days)
    {
        switch (Form)
        {
            case HolidayRuleForm.Tabulated:
                if (!Table.Covers(year))
                {
                    return false;
                }

                foreach (var date in Table.In(year))
                {
                    days.Add(Adjust(CivilDays.Of(date)));
                }

                return true;
            case HolidayRuleForm.BetweenHolidays:
                return true;
            default:
                days.Add(Adjust(BaseDay(year)));
                return true;
        }
    }

    private int BaseDay(int year)
    {
        switch (Form)
        {
            case HolidayRuleForm.Fixed:
                return CivilDays.Of(year, Month, Day);
            case HolidayRuleForm.WeekdayOnOrAfter:
                return CivilDays.OnOrAfter(CivilDays.Of(year, Month, Day), Weekday);
            case HolidayRuleForm.WeekdayOnOrBefore:
                return CivilDays.OnOrBefore(CivilDays.Of(year, Month, Day), Weekday);
            case HolidayRuleForm.Easter:
                return EasterDates.Western(year) + EasterOffset;
            case HolidayRuleForm.OrthodoxEaster:
                return EasterDates.Orthodox(year) + EasterOffset;
            default:
                if (Nth > 0)
                {
                    int first = CivilDays.OnOrAfter(CivilDays.Of(year, Month, 1), Weekday) + (7 * (Nth - 1));
                    return CivilDays.ToDate(first).Month == Month
                        ? first
                        : throw new InvalidOperationException($"There is no weekday number {Nth} ({Weekday}) in {year:D4}-{Month:D2}.");
                }

                return CivilDays.OnOrBefore(CivilDays.Of(year, Month, CalendarDate.DaysInMonth(year, Month)), Weekday);
        }
    }

    private int Adjust(int day)
    {
        day += Offset;
        return _shift is null ? day : day + _shift[CivilDays.DayOfWeek(day) - 1];
    }
}
