namespace KpoSdk.Knowledge;

/// <summary>
/// A proleptic Gregorian date without a time zone. The knowledge assembly keeps dates as this
/// small value because it must not depend on NodaTime (the Roslyn components load it);
/// the runtime exposes the same dates as <c>NodaTime.LocalDate</c>.
/// </summary>
internal readonly struct CalendarDate : IEquatable<CalendarDate>, IComparable<CalendarDate>
{
    private readonly int _packed;

    public CalendarDate(int year, int month, int day)
    {
        if (year < 1 || year > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "Year must be between 1 and 9999.");
        }

        if (month < 1 || month > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "Month must be between 1 and 12.");
        }

        if (day < 1 || day > DaysInMonth(year, month))
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, $"Day must be between 1 and {DaysInMonth(year, month)} for {year:D4}-{month:D2}.");
        }

        _packed = (year << 9) | (month << 5) | day;
    }

    public int Year => _packed >> 9;

    public int Month => (_packed >> 5) & 0xF;

    public int Day => _packed & 0x1F;

    public static int DaysInMonth(int year, int month) => month switch
    {
        2 => IsLeapYear(year) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    public static bool IsLeapYear(int year) => (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

    /// <summary>Parses the ISO 8601 extended form <c>yyyy-MM-dd</c>.</summary>
    public static bool TryParse(string? text, out CalendarDate date)
    {
        date = default;
        if (text is null || text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        if (!TryDigits(text, 0, 4, out int y) || !TryDigits(text, 5, 2, out int m) || !TryDigits(text, 8, 2, out int d))
        {
            return false;
        }

        if (y < 1 || m < 1 || m > 12 || d < 1 || d > DaysInMonth(y, m))
        {
            return false;
        }

        date = new CalendarDate(y, m, d);
        return true;
    }

    public static CalendarDate Parse(string text) =>
        TryParse(text, out var date)
            ? date
            : throw new FormatException($"'{text}' is not a date; expected the ISO 8601 form yyyy-MM-dd, e.g. 2025-07-01.");

    private static bool TryDigits(string text, int start, int count, out int value)
    {
        value = 0;
        for (int i = start; i < start + count; i++)
        {
            char c = text[i];
            if (c < '0' || c > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    public bool Equals(CalendarDate other) => _packed == other._packed;

    public override bool Equals(object? obj) => obj is CalendarDate other && Equals(other);

    public override int GetHashCode() => _packed;

    public int CompareTo(CalendarDate other) => _packed.CompareTo(other._packed);

    public static bool operator ==(CalendarDate left, CalendarDate right) => left.Equals(right);

    public static bool operator !=(CalendarDate left, CalendarDate right) => !left.Equals(right);

    public static bool operator <(CalendarDate left, CalendarDate right) => left._packed < right._packed;

    public static bool operator >(CalendarDate left, CalendarDate right) => left._packed > right._packed;

    public static bool operator <=(CalendarDate left, CalendarDate right) => left._packed <= right._packed;

    public static bool operator >=(CalendarDate left, CalendarDate right) => left._packed >= right._packed;

    public override string ToString() =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0:D4}-{1:D2}-{2:D2}", Year, Month, Day);
}
