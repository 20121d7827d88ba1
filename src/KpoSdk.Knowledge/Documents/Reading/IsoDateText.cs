namespace KpoSdk.Documents.Reading;

/// <summary>
/// ISO 8601 dates as the runtime reads them in documents (NodaTime's <c>uuuu-MM-dd</c>): four
/// digits of year with an optional '-' (years -9998 to 9999, the proleptic Gregorian calendar,
/// year 0 included), two of month and two of day, and nothing else.
/// </summary>
internal static class IsoDateText
{
    /// <summary>Reads the date in <paramref name="length"/> characters from <paramref name="start"/>; <paramref name="ordinal"/> orders dates.</summary>
    public static bool TryRead(string text, int start, int length, out long ordinal)
    {
        ordinal = 0;
        bool negative = length == 11 && text[start] == '-';
        int at = negative ? start + 1 : start;
        if ((negative ? length - 1 : length) != 10 || text[at + 4] != '-' || text[at + 7] != '-'
            || !Digits(text, at, 4, out int year) || !Digits(text, at + 5, 2, out int month) || !Digits(text, at + 8, 2, out int day))
        {
            return false;
        }

        year = negative ? -year : year;
        if (year < -9998 || month is < 1 or > 12 || day < 1 || day > DaysInMonth(year, month))
        {
            return false;
        }

        ordinal = (((long)year * 16) + month) * 32 + day;
        return true;
    }

    private static int DaysInMonth(int year, int month) => month switch
    {
        2 => (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    private static bool Digits(string text, int start, int count, out int value)
    {
        value = 0;
        for (int i = start; i < start + count; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (text[i] - '0');
        }

        return true;
    }
}
