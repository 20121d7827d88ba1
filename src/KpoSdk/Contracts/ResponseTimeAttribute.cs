namespace KpoSdk.Contracts;

/// <summary>
/// The time within which the first response to a ticket is due, measured from the moment the ticket is opened on the
/// clock <see cref="Clock"/> names. The generator turns it into a typed target and a
/// <c>ResponseDeadline(Instant opened)</c> method.
/// </summary>
/// <example><c>[ResponseTime("PT4H")]</c>, <c>[ResponseTime("PT8H", Clock = TargetClock.Calendar)]</c></example>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class ResponseTimeAttribute : Attribute
{
    /// <summary>A response target of <paramref name="amount"/>.</summary>
    /// <param name="amount">
    /// A positive ISO 8601 duration with upper-case designators, either time only (<c>"PT4H"</c>,
    /// <c>"PT30M"</c>, <c>"PT1H30M"</c>: business or elapsed time) or days only (<c>"P3D"</c>:
    /// business or calendar days). Weeks, months, years and mixes of days and hours are rejected
    /// (KPO0004), because their length in business time would be a guess: write <c>"P10D"</c>
    /// for two five-day weeks.
    /// </param>
    public ResponseTimeAttribute(string amount)
    {
        Amount = amount;
    }

    /// <summary>Gets the ISO 8601 amount as written.</summary>
    public string Amount { get; }

    /// <summary>
    /// Gets or sets the clock the amount is measured on: <see cref="TargetClock.BusinessHours"/>
    /// (the default: the coverage calendar) or <see cref="TargetClock.Calendar"/> (the wall clock).
    /// </summary>
    public TargetClock Clock { get; set; }
}
