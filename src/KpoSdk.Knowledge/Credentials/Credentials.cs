using KpoSdk.Knowledge.Codes;
using KpoSdk.Knowledge.Rules;

namespace KpoSdk.Knowledge.Credentials;

/// <summary>Look-ups over the generated credential table: what a credential granted in one jurisdiction counts for elsewhere.</summary>
internal static class Credentials
{
    private static readonly CredentialInfo?[] s_byKind = BuildIndex();

    // Qualification selectors compiled once against the default rule set's groups ("@US", "@EEA").
    private static readonly Lazy<Dictionary<CredentialQualification, JurisdictionSet>> s_sets = new(CompileSets);

    public static IReadOnlyList<CredentialInfo> All => CredentialTable.Rows;

    public static bool IsDefined(CredentialKind kind) => (uint)kind < (uint)s_byKind.Length && s_byKind[(int)kind] is not null;

    public static CredentialInfo Info(CredentialKind kind) =>
        IsDefined(kind)
            ? s_byKind[(int)kind]!
            : throw new ArgumentOutOfRangeException(nameof(kind), kind, $"{(int)kind} is not a CredentialKind value.");

    /// <summary>
    /// What a credential of <paramref name="kind"/> granted in <paramref name="grantedIn"/> gives its
    /// holder for <paramref name="service"/> for a client in <paramref name="client"/> on
    /// <paramref name="date"/>: the strongest basis (licence, then recognition, then knowledge), or
    /// null when it does not count there.
    /// </summary>
    /// <exception cref="ArgumentException">The credential is not granted in <paramref name="grantedIn"/> (e.g. a US CPA granted in India).</exception>
    public static QualificationBasis? Qualification(CredentialKind kind, JurisdictionId grantedIn, ServiceLine service, JurisdictionId client, CalendarDate date)
    {
        var info = Info(kind);
        if (!IsGrantedIn(info, grantedIn))
        {
            throw new ArgumentException($"A {info.Title} is not granted in {Jurisdictions.Format(grantedIn)}; it is granted in {string.Join(", ", info.GrantedBy)}.", nameof(grantedIn));
        }

        QualificationBasis? best = null;
        foreach (var qualification in info.Qualifies)
        {
            if (qualification.Services.Contains(service) && Covers(qualification, grantedIn, client, date) && (best is null || qualification.Basis < best))
            {
                best = qualification.Basis;
            }
        }

        return best;
    }

    private static bool IsGrantedIn(CredentialInfo info, JurisdictionId grantedIn)
    {
        foreach (string code in info.GrantedBy)
        {
            if (code == "*")
            {
                return true;
            }

            if (Jurisdictions.TryParse(code, out var granting) && granting.Country == grantedIn.Country
                && (!granting.HasSubdivision || (grantedIn.HasSubdivision && JurisdictionText.TopLevel(grantedIn.Subdivision) == granting.Subdivision)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Covers(CredentialQualification qualification, JurisdictionId grantedIn, JurisdictionId client, CalendarDate date)
    {
        if (s_sets.Value[qualification].Contains(client, date))
        {
            return true;
        }

        // "granting": the client is in the jurisdiction that granted the credential.
        return qualification.Jurisdictions.Contains("granting")
            && client.Country == grantedIn.Country
            && (!grantedIn.HasSubdivision || (client.HasSubdivision && JurisdictionText.TopLevel(client.Subdivision) == JurisdictionText.TopLevel(grantedIn.Subdivision)));
    }

    private static Dictionary<CredentialQualification, JurisdictionSet> CompileSets()
    {
        var groups = new GroupResolver(DefaultRules.CreateGroups());
        var sets = new Dictionary<CredentialQualification, JurisdictionSet>();
        foreach (var info in CredentialTable.Rows)
        {
            foreach (var qualification in info.Qualifies)
            {
                sets[qualification] = groups.Compile(qualification.Jurisdictions.Where(j => j != "granting"), $"Credential {info.Kind}");
            }
        }

        return sets;
    }

    private static CredentialInfo?[] BuildIndex()
    {
        var index = new CredentialInfo?[CredentialTable.Rows.Max(r => (int)r.Kind) + 1];
        foreach (var row in CredentialTable.Rows)
        {
            index[(int)row.Kind] = row;
        }

        return index;
    }
}
