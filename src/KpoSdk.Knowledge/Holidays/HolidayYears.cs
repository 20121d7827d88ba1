namespace KpoSdk.Knowledge.Holidays;

/// <summary>The years the holiday engine answers for: those of the business calendars (1900 to 2150).</summary>
internal static class HolidayYears
{
    public const int First = 1900;

    public const int Last = 2150;
}
