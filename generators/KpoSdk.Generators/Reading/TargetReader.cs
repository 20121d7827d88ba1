using KpoSdk.Generators.Helpers;
using KpoSdk.Generators.Models;
using KpoSdk.Knowledge.Text;
using Microsoft.CodeAnalysis;

namespace KpoSdk.Generators.Reading;

/// <summary>
/// Reads <c>[ResponseTime(amount, Clock = …, Warnings = …)]</c> and <c>[ResolutionTime(…)]</c>:
/// a positive ISO 8601 amount of time units only or days only, a defined clock, and warning
/// thresholds from 1 to 99 %, each once.
/// </summary>
internal static class TargetReader
{
    // SlaClockBasis values.
    private const int CalendarTime = 0;
    private const int BusinessHours = 1;

    // NodaTime's Duration reaches 2^24 days; a target must be representable without overflow.
    private const long MaxSeconds = ((1L << 24) * 86_400L) - 1;

    public static TargetModel? Read(AttributeData attribute)
    {
        if (ContractAttributes.Argument(attribute, 0) is not string text
            || !ContractAttributes.TryGetNamed(attribute, "Clock", out object? clock)
            || clock is not (null or CalendarTime or BusinessHours)
            || ReadWarnings(attribute) is not { } warnings)
        {
            return null;
        }

        var parsed = IsoPeriodText.Read(text);
        if (!parsed.Succeeded)
        {
            return null;
        }

        var amount = parsed.Value;
        if (amount.Years != 0 || amount.Months != 0 || amount.Weeks != 0 || amount.IsZero || (amount.Days != 0 && amount.HasTimeUnits))
        {
            return null;
        }

        bool calendar = clock is CalendarTime;
        if (amount.Days != 0 && !calendar)
        {
            return new TargetModel(amount.ToString(), IsBusinessDays: true, amount.Days, 0, IsCalendarTime: false, warnings);
        }

        long seconds = (amount.Days * 86_400L) + (amount.Hours * 3600L) + (amount.Minutes * 60L) + amount.Seconds;
        return seconds > MaxSeconds ? null : new TargetModel(amount.ToString(), IsBusinessDays: false, 0, seconds, calendar, warnings);
    }

    private static EquatableArray<int>? ReadWarnings(AttributeData attribute)
    {
        if (!ContractAttributes.TryGetNamedArray(attribute, "Warnings", out object?[] values))
        {
            return null;
        }

        var percentages = new List<int>();
        foreach (var value in values)
        {
            if (value is not int percentage || percentage < 1 || percentage > 99 || percentages.Contains(percentage))
            {
                return null;
            }

            percentages.Add(percentage);
        }

        percentages.Sort();
        return percentages.ToEquatableArray();
    }
}
