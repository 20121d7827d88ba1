using NodaTime;

namespace KpoSdk.Samples.Acme;

/// <summary>
/// The 2027 public holidays (observed dates) on which Acme's clients are closed: US federal holidays
/// for New York, bank holidays in England, German national holidays, New South Wales holidays.
/// </summary>
internal static class ClientHolidays
{
    private static readonly Dictionary<string, LocalDate[]> ByJurisdiction = new(StringComparer.Ordinal)
    {
        ["US-NY"] = AcmeCenters.Dates("2027-01-01", "2027-01-18", "2027-02-15", "2027-05-31", "2027-06-18", "2027-07-05",
            "2027-09-06", "2027-10-11", "2027-11-11", "2027-11-25", "2027-12-24"),
        ["GB"] = AcmeCenters.Dates("2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30",
            "2027-12-27", "2027-12-28"),
        ["DE"] = AcmeCenters.Dates("2027-01-01", "2027-03-26", "2027-03-29", "2027-05-06", "2027-05-17"),
        ["AU-NSW"] = AcmeCenters.Dates("2027-01-01", "2027-01-26", "2027-03-26", "2027-03-29", "2027-06-14", "2027-10-04",
            "2027-12-27", "2027-12-28"),
    };

    /// <summary>The holidays of <paramref name="client"/>; none for a jurisdiction the sample does not list.</summary>
    public static IReadOnlyList<LocalDate> For(Jurisdiction client) =>
        ByJurisdiction.TryGetValue(client.Code, out var dates) ? dates : [];
}
