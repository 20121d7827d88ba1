using System.Globalization;
using KpoSdk.Knowledge.Codes;
using KpoSdk.Knowledge.Text;
using KpoSdk.Sla;

namespace KpoSdk.Knowledge.Contracts;

/// <summary>
/// The rules of a contract's response and resolution targets, in one place for the generator, the
/// analyzers and the runtime: the amount (<see cref="TargetAmountText"/>), its range on the chosen
/// clock, the clock itself, and the warning thresholds.
/// </summary>
internal static class ContractTargets
{
    /// <summary>Warning thresholds are percentages of the target from this value …</summary>
    public const int MinWarning = 1;

    /// <summary>… to this one.</summary>
    public const int MaxWarning = 99;

    /// <summary>The most calendar-clock days a target may have: NodaTime's <c>Duration</c> reaches 2^24 days.</summary>
    public const long MaxCalendarDays = TargetAmountText.MaxSeconds / 86_400;

    /// <summary>Whether <paramref name="value"/> is a defined <see cref="SlaClockBasis"/>.</summary>
    public static bool IsDefinedClock(int value) => value is (int)SlaClockBasis.CalendarTime or (int)SlaClockBasis.BusinessHours;

    /// <summary>
    /// The target <paramref name="text"/> means on <paramref name="clock"/>; or the error of the
    /// amount (KPO0004), including days on the calendar clock past a <c>Duration</c>'s range.
    /// </summary>
    public static ParseResult<ContractTarget> Read(string text, SlaClockBasis clock)
    {
        var parsed = TargetAmountText.Read(text);
        if (parsed.Error is { } error)
        {
            return ParseResult<ContractTarget>.Failure(error);
        }

        var amount = parsed.Value;
        bool calendar = clock == SlaClockBasis.CalendarTime;
        if (amount.Days != 0 && !calendar)
        {
            return ParseResult<ContractTarget>.Success(new ContractTarget(amount.ToString(), isBusinessDays: true, amount.Days, 0, isCalendarTime: false));
        }

        if (amount.Days > MaxCalendarDays)
        {
            string message = string.Format(
                CultureInfo.InvariantCulture,
                "{0} is too long for the calendar clock: expected at most {1} days, the range of a NodaTime Duration. Business days (the default clock) have no such limit.",
                InputText.Quote(text),
                MaxCalendarDays);
            return ParseResult<ContractTarget>.Failure(TextParseError.WithMessage(TargetAmountText.Subject, text, 0, text.Length, message));
        }

        long seconds = (amount.Days * 86_400L) + (amount.Hours * 3600L) + (amount.Minutes * 60L) + amount.Seconds;
        return ParseResult<ContractTarget>.Success(new ContractTarget(amount.ToString(), isBusinessDays: false, 0, seconds, calendar));
    }

    /// <summary>
    /// What is wrong with warning threshold <paramref name="percentage"/> of <paramref name="what"/>
    /// ("The response time"), given the thresholds before it; null when it is fine.
    /// </summary>
    public static string? WarningProblem(int percentage, IReadOnlyCollection<int> earlier, string what) =>
        percentage is < MinWarning or > MaxWarning ? $"{what}'s warning threshold {percentage} is not a percentage from {MinWarning} to {MaxWarning}."
        : earlier.Contains(percentage) ? $"{what}'s warning threshold {percentage} is given twice; give each threshold once."
        : null;
}
