using System.Globalization;
using KpoSdk.Analyzers.Diagnostics;
using KpoSdk.Analyzers.Reading;
using KpoSdk.Knowledge.Codes;
using KpoSdk.Knowledge.Text;
using Microsoft.CodeAnalysis;

namespace KpoSdk.Analyzers.Checks;

/// <summary>
/// KPO0004 for a target of days on the calendar clock that is longer than a NodaTime
/// <c>Duration</c> can hold. The amount text alone is valid (business days have no such limit),
/// so this needs the clock; the generator emits nothing for such a contract.
/// </summary>
internal static class CalendarDayLimit
{
    // SlaClockBasis.CalendarTime; the analyzers do not reference the runtime that defines it.
    private const int CalendarTime = 0;

    private const long MaxDays = TargetAmountText.MaxSeconds / 86_400;

    public static void Check(AttributeData target, AttributeArgument amount, CancellationToken cancellationToken, Report report)
    {
        if (amount.Text is not { } text
            || !AttributeArgument.TryNamed(target, "Clock", cancellationToken, out var clock)
            || clock.Value is not CalendarTime)
        {
            return;
        }

        var parsed = TargetAmountText.Read(text);
        if (parsed.Succeeded && parsed.Value.Days > MaxDays)
        {
            string message = string.Format(
                CultureInfo.InvariantCulture,
                "{0} is too long for the calendar clock: expected at most {1} days, the range of a NodaTime Duration. Business days (the default clock) have no such limit.",
                InputText.Quote(text),
                MaxDays);
            report(Diagnostic.Create(DiagnosticDescriptors.MalformedDuration, amount.WholeLocation, message));
        }
    }
}
