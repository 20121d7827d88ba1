namespace KpoSdk.Generators.Models;

/// <summary>One merged opening range: minutes since midnight of the ISO day it starts on.</summary>
/// <param name="IsoDay">1 = Monday … 7 = Sunday.</param>
/// <param name="Start">0 to 1439.</param>
/// <param name="End">After <paramref name="Start"/>; above 1440 when the range crosses midnight.</param>
internal readonly record struct WeeklyRangeModel(int IsoDay, int Start, int End);
