using KpoSdk.Contracts;
using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Samples.Acme;

/// <summary>
/// One contract in 2026: its client calendar with the client's holidays, the assessment of every
/// staff member at a centre it is delivered from, and how the qualified staff's shifts cover it.
/// </summary>
internal sealed class ContractCoverage
{
    /// <summary>The year the sample reports on.</summary>
    public static readonly DateInterval Year = new(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31));

    private ContractCoverage(IServiceLevelContract contract)
    {
        Contract = contract;
        ClientHolidays = Acme.ClientHolidays.For(contract.Client);
        ClientCalendar = contract.Coverage.WithHolidays(ClientHolidays);
        var date = Year.Start;
        Candidates = [.. AcmeStaff.All
            .Where(m => contract.DeliveredFrom.Any(j => j.Contains(AcmeCenters.Named(m.Center).Country)))
            .Select(m => (m, (IReadOnlyList<AgreementViolation>)contract.CheckStaff(m, date)))];
        var shifts = Qualified
            .Select(m => new DeliveryCalendar($"{m.Center}: {m.Name}", AcmeCenters.Named(m.Center).Shift(m.Shift)))
            .ToList();
        Analysis = shifts.Count == 0 ? null : CoverageAnalysis.Analyze(ClientCalendar, Year, shifts);
    }

    /// <summary>The contract, as generated.</summary>
    public IServiceLevelContract Contract { get; }

    /// <summary>The client's public holidays.</summary>
    public HolidayCalendar ClientHolidays { get; }

    /// <summary>The contract's coverage window, closed on the client's holidays.</summary>
    public BusinessCalendar ClientCalendar { get; }

    /// <summary>Every staff member at a centre the contract is delivered from, with what keeps them off it.</summary>
    public IReadOnlyList<(StaffMember Member, IReadOnlyList<AgreementViolation> Reasons)> Candidates { get; }

    /// <summary>The candidates who may work on the contract.</summary>
    public IEnumerable<StaffMember> Qualified => Candidates.Where(c => c.Reasons.Count == 0).Select(c => c.Member);

    /// <summary>The coverage of the client's 2026 business hours by the qualified staff; null when no one qualifies.</summary>
    public CoverageAnalysis? Analysis { get; }

    /// <summary>The centres whose qualified staff deliver the contract.</summary>
    public IEnumerable<AcmeCenter> Centers => Qualified.Select(m => AcmeCenters.Named(m.Center)).Distinct();

    /// <summary>Analyses every contract of the sample, in the registry's order.</summary>
    public static IReadOnlyList<ContractCoverage> ForAll() =>
        [.. KpoSdk.Generated.ServiceLevelContractRegistry.All.Select(c => new ContractCoverage(c))];
}
