using NodaTime;

namespace KpoSdk.Time;

/// <summary>One delivery center's part in a <see cref="CoverageAnalysis"/>.</summary>
/// <param name="Name">The center's <see cref="DeliveryCalendar.Name"/>.</param>
/// <param name="Open">The center's own open time within the analysed span, whether the client is open or not.</param>
/// <param name="Covered">The client's business time the center is open for (alone or together with others).</param>
/// <param name="Exclusive">The client's business time only this center covers: what would be lost without it.</param>
public readonly record struct CenterCoverage(string Name, Duration Open, Duration Covered, Duration Exclusive);
