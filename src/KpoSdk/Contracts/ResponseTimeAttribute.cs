using KpoSdk.Sla;

namespace KpoSdk.Contracts;

/// <summary>
/// The time within which the first response to a ticket is due, measured from the moment the ticket is opened on the
/// clock <see cref="Clock"/> names. The generator turns it into a <see cref="ServiceLevelTarget"/>
/// for <see cref="SlaMetric.FirstResponse"/>, a <c>ResponseDeadline(Instant opened)</c> method and
/// <c>ResponseStatus</c> methods that evaluate an <see cref="SlaClock"/>.
/// </summary>
/// <example>
/// <c>[ResponseTime("PT4H")]</c>, <c>[ResponseTime("PT8H", Clock = SlaClockBasis.CalendarTime)]</c>,
/// <c>[ResponseTime("PT4H", Warnings = new[] { 50, 75, 90 })]</c>
/// </example>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class ResponseTimeAttribute : Attribute
{
    /// <summary>A response target of <paramref name="amount"/>.</summary>
    /// <param name="amount">
    /// A positive ISO 8601 duration with upper-case designators, either time only (<c>"PT4H"</c>,
    /// <c>"PT30M"</c>, <c>"PT1H30M"</c>) or days only (<c>"P3D"</c>). On the business-hours clock
    /// a time is business time of the coverage calendar and days are business days, due at the
    /// close of business of the last one; on the calendar-time clock both are elapsed time, a day
    /// being 24 hours. Weeks, months, years and mixes of days and hours are rejected (KPO0004),
    /// because their length in business time would be a guess: write <c>"P10D"</c> for two
    /// five-day weeks.
    /// </param>
    public ResponseTimeAttribute(string amount)
    {
        Amount = amount;
    }

    /// <summary>Gets the ISO 8601 amount as written.</summary>
    public string Amount { get; }

    /// <summary>
    /// Gets or sets the clock the amount is measured on: <see cref="SlaClockBasis.BusinessHours"/>
    /// (the default: the contract's coverage calendar) or <see cref="SlaClockBasis.CalendarTime"/>
    /// (elapsed time around the clock).
    /// </summary>
    public SlaClockBasis Clock { get; set; } = SlaClockBasis.BusinessHours;

    /// <summary>
    /// Gets or sets the warning thresholds in percent of the target, each from 1 to 99 and given
    /// once, in any order (<c>new[] { 50, 75, 90 }</c>); none when null.
    /// </summary>
    public int[]? Warnings { get; set; }
}
