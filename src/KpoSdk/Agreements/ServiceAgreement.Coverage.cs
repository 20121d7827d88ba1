using KpoSdk.Agreements.Validation;
using KpoSdk.Time;
using NodaTime;

namespace KpoSdk;

public sealed partial record ServiceAgreement
{
    /// <summary>
    /// Measures how the delivery shifts of service number <paramref name="service"/> cover its
    /// window (its coverage, else the client's business hours, with their holidays) on the client's
    /// <paramref name="dates"/>: each centre with the union of its team members' shifts, or of all its
    /// shifts when the service has no team — what KPO2002 and KPO3007 of <see cref="Validate(LocalDate)"/>
    /// report on. With no shifts at all, nothing is covered.
    /// </summary>
    /// <param name="service">The index of the service in <see cref="Services"/>.</param>
    /// <param name="dates">The client's dates to measure, both ends included.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="service"/> is not an index of <see cref="Services"/>, or <paramref name="dates"/> reaches outside 1900 to 2149.</exception>
    public CoverageAnalysis AnalyzeCoverage(int service, DateInterval dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentOutOfRangeException.ThrowIfNegative(service);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(service, Services.Length);
        var agreed = Services[service];
        var centers = agreed.Centers
            .Select((name, index) => (Index: index, Center: Provider.FindCenter(name)))
            .Where(c => c.Center is not null)
            .Select(c => (c.Index, c.Center!));
        return CoverageCheck.Measure(this, agreed, centers, dates).Analysis;
    }
}
