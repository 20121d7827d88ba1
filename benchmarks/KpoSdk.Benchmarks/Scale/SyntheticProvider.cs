using System.Collections.Immutable;
using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Benchmarks.Scale;

/// <summary>
/// A provider at the scale of a large KPO firm, made from a fixed seed so every run sees the same
/// data: 12 delivery centres in 8 countries, 50,000 staff with realistic mixes of education,
/// credentials (some expired, some of kinds their centre's country cannot grant), languages with
/// levels, regulation familiarity and shifts that follow their clients' hours, and 500 agreements
/// with clients in 9 jurisdictions, 1 to 4 services each and small named teams.
/// </summary>
public sealed class SyntheticProvider
{
    public const int Seed = 20_261_203;

    /// <summary>The staff of the provider the scale results are measured on.</summary>
    public const int DefaultStaff = 50_000;

    /// <summary>The agreements of the provider the scale results are measured on.</summary>
    public const int DefaultAgreements = 500;

    private static readonly LocalDate s_start = new(2026, 1, 1);

    public SyntheticProvider(int staff = DefaultStaff, int agreements = DefaultAgreements, int seed = Seed)
    {
        var random = new Random(seed);
        Provider = new Provider("Synthetic Global Services", Jurisdiction.Parse("IN"), [.. ScaleCenters.All.Select(c => c.Center)], ScaleCatalog.Create());
        Roster = new Roster(Provider.Name, [.. Enumerable.Range(0, staff).Select(i => ScaleStaff.Create(i, random))]);
        Agreements = [.. Enumerable.Range(0, agreements).Select(i => ScaleAgreements.Create(i, Provider, Roster, random))];
    }

    public Provider Provider { get; }

    public Roster Roster { get; }

    public ImmutableArray<ServiceAgreement> Agreements { get; }

    public static DateInterval Term => new(s_start, new LocalDate(2026, 12, 31));

    /// <summary>Weekly hours of one of the common shifts of a centre, in its zone.</summary>
    public static WeeklyHours Hours(string text) => WeeklyHours.Parse(text);
}
