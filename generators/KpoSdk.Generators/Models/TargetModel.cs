using KpoSdk.Generators.Helpers;

namespace KpoSdk.Generators.Models;

/// <summary>A validated response or resolution target.</summary>
/// <param name="Text">The canonical ISO 8601 form, for documentation.</param>
/// <param name="IsBusinessDays">True for business days (a <c>Period</c>), false for a duration.</param>
/// <param name="Days">The business days when <paramref name="IsBusinessDays"/>.</param>
/// <param name="Seconds">The duration in seconds otherwise (calendar-time days count 24 hours each).</param>
/// <param name="IsCalendarTime">True for <c>SlaClockBasis.CalendarTime</c>, false for business hours.</param>
/// <param name="Warnings">The warning thresholds in percent, ascending.</param>
internal sealed record TargetModel(string Text, bool IsBusinessDays, int Days, long Seconds, bool IsCalendarTime, EquatableArray<int> Warnings);
