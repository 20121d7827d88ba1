using KpoSdk.Generators.Models;
using KpoSdk.Knowledge.Text;
using Microsoft.CodeAnalysis;

namespace KpoSdk.Generators.Reading;

/// <summary>
/// Reads <c>[ResponseTime(amount, Clock = …)]</c> and <c>[ResolutionTime(…)]</c>: a positive
/// ISO 8601 amount of time units only (a duration) or days only (a period), on a defined clock.
/// </summary>
internal static class TargetReader
{
    private const int CalendarClock = 1;

    // NodaTime's Duration reaches 2^24 days; a target must be representable without overflow.
    private const long MaxSeconds = (1L << 24) * 86_400L - 1;

    public static TargetModel? Read(AttributeData attribute)
    {
        if (ContractAttributes.Argument(attribute, 0) is not string text
            || !ContractAttributes.TryGetNamed(attribute, "Clock", out object? clock)
            || clock is not (null or 0 or CalendarClock))
        {
            return null;
        }

        var parsed = IsoPeriodText.Read(text);
        if (!parsed.Succeeded)
        {
            return null;
        }

        var amount = parsed.Value;
        bool calendar = clock is CalendarClock;
        if (amount.Years != 0 || amount.Months != 0 || amount.Weeks != 0 || amount.IsZero)
        {
            return null;
        }

        if (amount.Days != 0)
        {
            return amount.HasTimeUnits ? null : new TargetModel(amount.ToString(), IsDays: true, amount.Days, 0, calendar);
        }

        long seconds = (amount.Hours * 3600L) + (amount.Minutes * 60L) + amount.Seconds;
        return seconds > MaxSeconds ? null : new TargetModel(amount.ToString(), IsDays: false, 0, seconds, calendar);
    }
}
