using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Benchmarks.Scale;

/// <summary>One synthetic agreement: a client in one of 9 jurisdictions, 1 to 4 of the services the catalog designates for it, each from 1 or 2 of its centres with a team drawn from the roster.</summary>
public static class ScaleAgreements
{
    private static readonly (string Jurisdiction, string Zone, string Hours, string Language)[] s_clients =
    [
        ("US-NY", "America/New_York", "Mon-Fri 09:00-17:00", "en:C1"),
        ("US-CA", "America/Los_Angeles", "Mon-Fri 08:00-17:00", "en:C1"),
        ("US-TX", "America/Chicago", "Mon-Fri 08:00-16:00", "en:B2"),
        ("GB", "Europe/London", "Mon-Fri 09:00-17:30", "en:C1"),
        ("DE-BY", "Europe/Berlin", "Mon-Fri 08:00-17:00", "de:C1"),
        ("FR", "Europe/Paris", "Mon-Fri 09:00-18:00", "fr:B2"),
        ("AU-NSW", "Australia/Sydney", "Mon-Fri 09:00-17:00", "en:B2"),
        ("CA-ON", "America/Toronto", "Mon-Fri 09:00-17:00", "en:B2"),
        ("SG", "Asia/Singapore", "Mon-Fri 09:00-18:00", "en:B2"),
    ];

    private static readonly Dictionary<Roster, Dictionary<string, StaffMember[]>> s_byCenter = [];

    public static ServiceAgreement Create(int i, Provider provider, Roster roster, Random random)
    {
        var (code, zone, hours, language) = s_clients[i % s_clients.Length];
        var jurisdiction = Jurisdiction.Parse(code);
        var window = new CoverageWindow(DateTimeZoneProviders.Tzdb[zone], WeeklyHours.Parse(hours)) { Holidays = [new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 25)] };
        var lines = ScaleCatalog.Lines.Where(l => l.Clients.Split(' ').Contains(jurisdiction.Country.Alpha2)).ToList();
        var services = lines.OrderBy(_ => random.Next()).Take(1 + random.Next(Math.Min(4, lines.Count)))
            .Select(l => Service(l.Service, l.Centers, language, jurisdiction, roster, random));
        return new ServiceAgreement($"MSA-2026-{i:D4}", new Client($"Client {i:D4}", jurisdiction, window), provider, EngagementModel.ThirdParty,
            SyntheticProvider.Term, jurisdiction, [.. services]);
    }

    private static AgreedService Service(ServiceLine service, string[] offered, string language, Jurisdiction client, Roster roster, Random random)
    {
        var centers = offered.OrderBy(_ => random.Next()).Take(1 + random.Next(2)).ToArray();
        var byCenter = ByCenter(roster);
        var team = centers.SelectMany(c => Enumerable.Range(0, 2 + random.Next(4)).Select(_ => byCenter[c][random.Next(byCenter[c].Length)]))
            .DistinctBy(m => m.Id).ToArray();
        return new AgreedService(service, [.. centers])
        {
            Team = [.. team],
            RequiredLanguages = [LanguageRequirement.Parse(language)],
            RequiredCredentials = service == ServiceLine.TaxPreparation && client.Country == Country.US ? [CredentialKind.UsEnrolledAgent] : [],
            MinimumEducation = service is ServiceLine.LegalResearch or ServiceLine.TaxPreparation ? EducationLevel.Bachelor : null,
        };
    }

    private static Dictionary<string, StaffMember[]> ByCenter(Roster roster)
    {
        lock (s_byCenter)
        {
            if (!s_byCenter.TryGetValue(roster, out var index))
            {
                s_byCenter[roster] = index = roster.Staff.GroupBy(m => m.Center).ToDictionary(g => g.Key, g => g.ToArray());
            }

            return index;
        }
    }
}
