using KpoSdk.Knowledge.Codes;
using KpoSdk.Knowledge.Rules;

namespace KpoSdk.Knowledge.Credentials;

/// <summary>Look-ups over the generated credential table: what a credential granted in one jurisdiction counts for elsewhere.</summary>
internal static partial class Credentials
{
    private static readonly CredentialInfo?[] s_byKind = BuildIndex();

    // Qualification selectors compiled once against the default rule set's groups ("@US", "@EEA").
    private static readonly Lazy<GroupResolver> s_groups = new(() => new GroupResolver(DefaultRules.CreateGroups()));
    private static readonly Lazy<Dictionary<CredentialQualification, QualificationSets>> s_sets = new(CompileSets);

    public static IReadOnlyList<CredentialInfo> All => CredentialTable.Rows;

    public static bool IsDefined(CredentialKind kind) => (uint)kind < (uint)s_byKind.Length && s_byKind[(int)kind] is not null;

    public static CredentialInfo Info(CredentialKind kind) =>
        IsDefined(kind)
            ? s_byKind[(int)kind]!
            : throw new ArgumentOutOfRangeException(nameof(kind), kind, $"{(int)kind} is not a CredentialKind value.");

    /// <summary>
    /// Whether <paramref name="grantedBy"/> can grant a credential of <paramref name="kind"/>: it is
    /// one of the kind's granting jurisdictions or lies within one ("*" for bodies admitting members
    /// anywhere), and it names a subdivision when the kind is granted at subdivision level (a US
    /// state board).
    /// </summary>
    public static bool CanGrant(CredentialKind kind, JurisdictionId grantedBy)
    {
        var info = Info(kind);
        if (info.GrantingLevel == GrantingLevel.Subdivision && !grantedBy.HasSubdivision)
        {
            return false;
        }

        foreach (string code in info.GrantedBy)
        {
            if (code == "*" || (Jurisdictions.TryParse(code, out var granting) && granting.Contains(grantedBy)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a credential recorded as <paramref name="kind"/> granted by <paramref name="grantedBy"/>
    /// can exist at all: the kind is defined and <see cref="CanGrant"/>. A roster's KPO3001 and a
    /// team member's (the runtime's credential standing) ask this one question.
    /// </summary>
    public static bool IsGrantable(CredentialKind kind, JurisdictionId grantedBy) => IsDefined(kind) && CanGrant(kind, grantedBy);

    /// <summary>
    /// What a credential of <paramref name="kind"/> granted in <paramref name="grantedIn"/> gives its
    /// holder for <paramref name="service"/> for a client in <paramref name="client"/> on
    /// <paramref name="date"/>: the strongest basis (license, then recognition, then knowledge), or
    /// null when it does not count there. The one semantics of recognition: a qualification's
    /// jurisdictions (groups such as "@US" included) must contain the client, and "granting" means
    /// that the granting jurisdiction contains the client (a New York licence counts for a client
    /// in New York, not for one in another state, nor for one given as the whole United States);
    /// a qualification restricted to grants in some jurisdictions ("grantedIn") counts only when
    /// they contain <paramref name="grantedIn"/> (a bar admission of England and Wales does not let
    /// its holder practise before the IRS).
    /// </summary>
    /// <exception cref="ArgumentException">The credential cannot be granted in <paramref name="grantedIn"/> (<see cref="CanGrant"/>).</exception>
    public static QualificationBasis? Qualification(CredentialKind kind, JurisdictionId grantedIn, ServiceLine service, JurisdictionId client, CalendarDate date)
    {
        if (!CanGrant(kind, grantedIn))
        {
            throw new ArgumentException($"A {Info(kind).Title} is not granted in {Jurisdictions.Format(grantedIn)}; it is granted by {DescribeGrantors(kind)}.", nameof(grantedIn));
        }

        QualificationBasis? best = null;
        foreach (var qualification in Info(kind).Qualifies)
        {
            // License < Recognition < Knowledge in the enum: the smallest is the strongest.
            if (qualification.Services.Contains(service) && Covers(qualification, grantedIn, client, date) && (best is null || qualification.Basis < best))
            {
                best = qualification.Basis;
            }
        }

        return best;
    }

    /// <summary>Whether the basis lets a holder meet a credential requirement: a license or a recognised qualification, not mere knowledge.</summary>
    public static bool MeetsRequirement(QualificationBasis? basis) => basis is QualificationBasis.License or QualificationBasis.Recognition;

    /// <summary>The jurisdictions that may grant <paramref name="kind"/>, for messages: "US-NY" style codes, "a subdivision of @US", or "any jurisdiction".</summary>
    public static string DescribeGrantors(CredentialKind kind)
    {
        var info = Info(kind);
        string where = info.GrantedBy.Contains("*") ? "any jurisdiction" : string.Join(", ", info.GrantedBy);
        return info.GrantingLevel == GrantingLevel.Subdivision ? $"a subdivision of {where}" : where;
    }

    /// <summary>
    /// The jurisdictions a holder's credential of this kind may have been granted in, as far as a
    /// check for a client needs: the client itself (its own licensing authority, or any place for
    /// "*"), then each listed grantor, or for a kind granted by subdivisions (a US state board) one
    /// subdivision of it, since any state's grant stands for the others where a group such as
    /// "@US" is what counts.
    /// </summary>
    public static IEnumerable<JurisdictionId> Grantors(CredentialInfo info, JurisdictionId client)
    {
        yield return client;
        foreach (string code in info.GrantedBy)
        {
            if (code == "*" || !Jurisdictions.TryParse(code, out var id))
            {
                continue;
            }

            if (info.GrantingLevel == GrantingLevel.Subdivision && !id.HasSubdivision && Subdivisions.CountOf(id.Country) > 0)
            {
                yield return new JurisdictionId(id.Country, Subdivisions.FirstOf(id.Country));
            }
            else
            {
                yield return id;
            }
        }
    }

    /// <summary>
    /// The jurisdictions within <paramref name="region"/> whose grant of a credential a check for
    /// <paramref name="client"/> needs, when a requirement names the region ("a CPA granted in the
    /// US" is met by a state board's CPA): the client where the region contains it, the region
    /// itself, and one subdivision of a country region, since any state's grant stands for the
    /// others where a group such as "@US" is what counts (as in <see cref="Grantors"/>).
    /// </summary>
    public static IEnumerable<JurisdictionId> GrantorsWithin(JurisdictionId region, JurisdictionId client)
    {
        if (region.Contains(client))
        {
            yield return client;
        }

        yield return region;
        if (!region.HasSubdivision && Subdivisions.CountOf(region.Country) > 0)
        {
            yield return new JurisdictionId(region.Country, Subdivisions.FirstOf(region.Country));
        }
    }

    private static bool Covers(CredentialQualification qualification, JurisdictionId grantedIn, JurisdictionId client, CalendarDate date)
    {
        var sets = s_sets.Value[qualification];
        return (sets.GrantedIn is null || sets.GrantedIn.Contains(grantedIn, date))
            && (sets.Clients.Contains(client, date) || (qualification.Jurisdictions.Contains("granting") && grantedIn.Contains(client)));
    }

    private static Dictionary<CredentialQualification, QualificationSets> CompileSets()
    {
        var sets = new Dictionary<CredentialQualification, QualificationSets>();
        foreach (var info in CredentialTable.Rows)
        {
            foreach (var qualification in info.Qualifies)
            {
                string context = $"Credential {info.Kind}";
                sets[qualification] = new QualificationSets(
                    s_groups.Value.Compile(qualification.Jurisdictions.Where(j => j != "granting"), context),
                    qualification.GrantedIn.Count == 0 ? null : s_groups.Value.Compile(qualification.GrantedIn, context));
            }
        }

        return sets;
    }

    /// <summary>A qualification's client jurisdictions and, when it has one, its granting restriction, compiled.</summary>
    private sealed class QualificationSets
    {
        public QualificationSets(JurisdictionSet clients, JurisdictionSet? grantedIn)
        {
            Clients = clients;
            GrantedIn = grantedIn;
        }

        public JurisdictionSet Clients { get; }

        public JurisdictionSet? GrantedIn { get; }
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
