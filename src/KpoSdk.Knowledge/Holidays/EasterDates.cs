namespace KpoSdk.Knowledge.Holidays;

/// <summary>Easter Sunday as a day number: the Gregorian computus and the Julian one (Orthodox Easter, as a Gregorian date).</summary>
internal static class EasterDates
{
    /// <summary>Western Easter Sunday: the Gregorian computus (the anonymous algorithm of 1876, Meeus/Jones/Butcher).</summary>
    public static int Western(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100;
        int d = b / 4, e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4;
        int l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451;
        int month = (h + l - (7 * m) + 114) / 31;
        int day = ((h + l - (7 * m) + 114) % 31) + 1;
        return CivilDays.Of(year, month, day);
    }

    /// <summary>
    /// Orthodox Easter Sunday: the Julian computus (Meeus), whose Julian calendar date is moved to
    /// the Gregorian calendar by the centuries' difference (13 days from 1900 to 2099, 14 in 2100-2199).
    /// </summary>
    public static int Orthodox(int year)
    {
        int a = year % 4, b = year % 7, c = year % 19;
        int d = ((19 * c) + 15) % 30;
        int e = ((2 * a) + (4 * b) - d + 34) % 7;
        int month = (d + e + 114) / 31;
        int day = ((d + e + 114) % 31) + 1;

        // The Julian date month/day, counted as a Gregorian date, plus the calendars' difference.
        return CivilDays.Of(year, month, day) + (year / 100) - (year / 400) - 2;
    }
}
