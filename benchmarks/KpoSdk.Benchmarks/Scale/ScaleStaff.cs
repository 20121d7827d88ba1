using NodaTime;

namespace KpoSdk.Benchmarks.Scale;

/// <summary>One synthetic staff member: centre, shift, education, credentials, languages and familiarity drawn with fixed weights.</summary>
public static class ScaleStaff
{
    private static readonly string[] s_given = ["Ananya", "Rahul", "Maria", "Jose", "Katarzyna", "Piotr", "Andrei", "Ioana", "Omar", "Layla", "Sofia", "Diego", "Nimal", "Priya", "Tomasz", "Camila"];
    private static readonly string[] s_family = ["Rao", "Mehta", "Santos", "Reyes", "Nowak", "Kowalski", "Popescu", "Ionescu", "Hassan", "Farouk", "Garcia", "Lopez", "Perera", "Iyer", "Wozniak", "Torres"];
    private static readonly string[] s_foreign = ["de", "fr", "es"];
    private static readonly string[] s_familiar = ["US", "GB", "DE", "FR", "AU", "CA"];

    public static StaffMember Create(int i, Random random)
    {
        var site = ScaleCenters.All[Weighted(random, [14, 12, 8, 12, 6, 8, 5, 6, 5, 8, 6, 10])];
        var shift = site.Center.Shifts[random.Next(2)].Hours;
        return new StaffMember($"S-{i:D6}", $"{s_given[random.Next(s_given.Length)]} {s_family[random.Next(s_family.Length)]}", site.Center.Name, shift)
        {
            Education = [Education(random)],
            Credentials = [.. Credentials(site, random)],
            Languages = [.. Languages(site, random)],
            RegulationFamiliarity = random.Next(10) < 3 ? [Jurisdiction.Parse(s_familiar[random.Next(s_familiar.Length)])] : [],
        };
    }

    private static EducationLevel Education(Random random) => random.Next(100) switch
    {
        < 5 => EducationLevel.SecondarySchool,
        < 65 => EducationLevel.Bachelor,
        < 95 => EducationLevel.Master,
        _ => EducationLevel.Doctorate,
    };

    private static IEnumerable<Credential> Credentials(ScaleCenters.CenterSite site, Random random)
    {
        if (random.Next(10) >= 4)
        {
            yield break;
        }

        var kind = site.Credentials[random.Next(site.Credentials.Length)];
        // One in a hundred recorded as granted where that kind is not granted (KPO3001 on the roster).
        string grantor = random.Next(100) == 0 ? "LK" : kind switch
        {
            CredentialKind.UsEnrolledAgent => "US",
            CredentialKind.IcaiCharteredAccountant => "IN",
            CredentialKind.PhilippineCertifiedPublicAccountant => "PH",
            CredentialKind.Acca => "GB",
            _ => site.Center.Jurisdiction.Country.Alpha2,
        };
        LocalDate? expires = random.Next(10) switch
        {
            0 => new LocalDate(2025, 6, 30),
            < 5 => new LocalDate(2028, 12, 31),
            _ => null,
        };
        yield return new Credential(kind, Jurisdiction.Parse(grantor), expires);
    }

    private static IEnumerable<LanguageSkill> Languages(ScaleCenters.CenterSite site, Random random)
    {
        foreach (string code in site.Languages)
        {
            var level = code == "en"
                ? (CefrLevel)(Weighted(random, [0, 0, 5, 35, 45, 15]) + 1)
                : (CefrLevel)(Weighted(random, [0, 0, 10, 20, 30, 40]) + 1);
            yield return new LanguageSkill(Language.Parse(code), level);
        }

        if (random.Next(10) == 0)
        {
            string foreign = s_foreign[random.Next(s_foreign.Length)];
            if (!site.Languages.Contains(foreign))
            {
                yield return new LanguageSkill(Language.Parse(foreign), (CefrLevel)(Weighted(random, [0, 0, 0, 50, 40, 10]) + 1));
            }
        }
    }

    /// <summary>An index drawn with the given weights.</summary>
    public static int Weighted(Random random, int[] weights)
    {
        int pick = random.Next(weights.Sum());
        for (int i = 0; i < weights.Length; i++)
        {
            pick -= weights[i];
            if (pick < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }
}
