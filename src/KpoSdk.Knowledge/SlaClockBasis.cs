namespace KpoSdk.Sla;

/// <summary>Which time an SLA clock counts.</summary>
public enum SlaClockBasis
{
    /// <summary>Elapsed time, around the clock (24x7): every nanosecond counts, whatever the wall clock says.</summary>
    CalendarTime,

    /// <summary>Business time of a <c>KpoSdk.Time.BusinessCalendar</c>: only the time it is open counts.</summary>
    BusinessHours,
}
