using KpoSdk.Sla;

namespace KpoSdk.Knowledge.Contracts;

/// <summary>
/// A validated response or resolution target of a contract: business days, or an amount of time
/// in seconds on the business-hours or the calendar clock. Built by <see cref="ContractTargets.Read"/>
/// from the attribute's text and clock, the one place the target rules live.
/// </summary>
internal readonly struct ContractTarget
{
    public ContractTarget(string text, bool isBusinessDays, int days, long seconds, bool isCalendarTime)
    {
        Text = text;
        IsBusinessDays = isBusinessDays;
        Days = days;
        Seconds = seconds;
        IsCalendarTime = isCalendarTime;
    }

    /// <summary>The canonical ISO 8601 form (<c>PT4H</c>, <c>P3D</c>).</summary>
    public string Text { get; }

    /// <summary>True for business days (a period), false for an amount of time.</summary>
    public bool IsBusinessDays { get; }

    /// <summary>The business days when <see cref="IsBusinessDays"/>.</summary>
    public int Days { get; }

    /// <summary>The amount of time in seconds otherwise (a calendar-clock day counts 24 hours).</summary>
    public long Seconds { get; }

    /// <summary>True on <see cref="SlaClockBasis.CalendarTime"/>, false on business hours.</summary>
    public bool IsCalendarTime { get; }
}
