namespace KpoSdk.Contracts;

/// <summary>The clock a response or resolution target is measured on.</summary>
public enum TargetClock
{
    /// <summary>
    /// The contract's coverage calendar: a duration (<c>"PT4H"</c>) counts business time only, and
    /// days (<c>"P3D"</c>) are business days, due at the close of business of the last one.
    /// </summary>
    BusinessHours = 0,

    /// <summary>
    /// The wall clock, every hour counting: a duration (<c>"PT4H"</c>) is elapsed time, and days
    /// (<c>"P3D"</c>) are calendar days in the coverage window's zone, due at the same local time
    /// (so a day across a DST change is 23 or 25 hours long).
    /// </summary>
    Calendar = 1,
}
