namespace KpoSdk.Generators.Models;

/// <summary>A validated response or resolution target.</summary>
/// <param name="Text">The canonical ISO 8601 form, for documentation.</param>
/// <param name="IsDays">True for a number of days (a <c>Period</c>), false for a duration.</param>
/// <param name="Days">The days when <paramref name="IsDays"/>.</param>
/// <param name="Seconds">The duration in seconds otherwise.</param>
/// <param name="IsCalendarClock">True for <c>TargetClock.Calendar</c>, false for business hours.</param>
internal sealed record TargetModel(string Text, bool IsDays, int Days, long Seconds, bool IsCalendarClock);
