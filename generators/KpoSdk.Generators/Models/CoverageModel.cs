using KpoSdk.Generators.Helpers;

namespace KpoSdk.Generators.Models;

/// <summary>A validated coverage window.</summary>
/// <param name="ZoneId">The canonical IANA zone ID.</param>
/// <param name="HoursText">The weekly hours in canonical text form, for documentation.</param>
/// <param name="Ranges">The merged ranges, Monday first.</param>
/// <param name="IsAlwaysOpen">True for <c>24x7</c>.</param>
/// <param name="Holidays">The code of the jurisdiction whose built-in holidays close the window, or null.</param>
internal sealed record CoverageModel(string ZoneId, string HoursText, EquatableArray<WeeklyRangeModel> Ranges, bool IsAlwaysOpen, string? Holidays = null);
