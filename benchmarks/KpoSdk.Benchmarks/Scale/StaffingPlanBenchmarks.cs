using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using KpoSdk.Agreements.Validation;
using KpoSdk.Benchmarks.Time;
using NodaTime;

namespace KpoSdk.Benchmarks.Scale;

/// <summary>
/// Staffing plans for agreements of the synthetic provider (50,000 staff, 12 centres): the plan,
/// which checks only the staff its roster index admits (each distinct centre, credential, language
/// skill, education and familiarity judged once per service), against the naive all-pairs check of
/// every staff member for every service with the same checks. Both then measure coverage and
/// shortfalls the same way, with one coverage cache per agreement; the setup throws unless both find
/// the same qualified staff and the same shortfalls for every service. The index is built once per
/// roster (a provider plans many agreements from one roster) and is not part of the measured time;
/// the scale driver reports its cost.
/// </summary>
[Config(typeof(RatioConfig))]
[MemoryDiagnoser]
public class StaffingPlanBenchmarks
{
    private static readonly LocalDate s_date = new(2026, 3, 2);
    private SyntheticProvider _provider = null!;
    private ServiceAgreement[] _agreements = null!;

    /// <summary>
    /// The synthetic provider's size: the full one unless the smoke test (tests/KpoSdk.Benchmarks.Tests)
    /// sets a small one to check that the candidates agree without planning for 50,000 staff.
    /// </summary>
    internal (int Staff, int Agreements) ProviderSize { get; set; } = (SyntheticProvider.DefaultStaff, SyntheticProvider.DefaultAgreements);

    [GlobalSetup]
    public void Setup()
    {
        _provider = new SyntheticProvider(ProviderSize.Staff, ProviderSize.Agreements);
        _agreements = [.. _provider.Agreements.Take(8)];
        var naive = NaiveAllPairs();
        var planned = StaffingPlan();
        for (int a = 0; a < naive.Count; a++)
        {
            for (int s = 0; s < naive[a].Count; s++)
            {
                var (expected, actual) = (naive[a][s], planned[a].Services[s]);
                if (!expected.Qualified.Select(m => m.Id).SequenceEqual(actual.Qualified.Select(m => m.Id)) || !expected.Shortfalls.SequenceEqual(actual.Shortfalls))
                {
                    throw new InvalidOperationException($"{_agreements[a].Id} services[{s}]: the plan qualifies {actual.Qualified.Length} with {actual.Shortfalls.Length} shortfalls, all pairs {expected.Qualified.Length} with {expected.Shortfalls.Length}.");
                }
            }
        }
    }

    [Benchmark(Baseline = true)]
    public List<List<ServiceStaffing>> NaiveAllPairs()
    {
        var roster = _provider.Roster;
        var plans = new List<List<ServiceStaffing>>();
        foreach (var agreement in _agreements)
        {
            var dates = CoverageCheck.Horizon(agreement.Term, s_date, 365)!;
            var cache = new CoverageCache();
            var services = new List<ServiceStaffing>();
            for (int i = 0; i < agreement.Services.Length; i++)
            {
                var demand = ServiceDemand.For(agreement, i, s_date);
                var qualified = ImmutableArray.CreateBuilder<StaffMember>();
                var findings = new List<StaffFinding>();
                foreach (var member in roster.Staff)
                {
                    findings.Clear();
                    StaffQualification.Check(member, demand, findings);
                    if (findings.Count == 0)
                    {
                        qualified.Add(member);
                    }
                }

                services.Add(KpoSdk.StaffingPlan.Complete(agreement, roster, i, s_date, dates, qualified.DrainToImmutable(), cache));
            }

            plans.Add(services);
        }

        return plans;
    }

    [Benchmark]
    public List<StaffingPlan> StaffingPlan() => [.. _agreements.Select(a => KpoSdk.StaffingPlan.Create(a, _provider.Roster, s_date))];
}
