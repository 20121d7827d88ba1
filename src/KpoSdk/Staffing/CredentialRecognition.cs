using System.Collections.Concurrent;
using KpoSdk.Knowledge;
using KpoSdk.Knowledge.Credentials;
using KpoSdk.Knowledge.Rules;
using NodaTime;

namespace KpoSdk;

/// <summary>
/// Applies the knowledge base's credential table: who can grant each kind, and for which service
/// lines in which client jurisdictions it counts (selectors "IN", "@US", "*", "granting").
/// Groups ("@US", "@EEA") are the default rule set's.
/// </summary>
internal static class CredentialRecognition
{
    private static readonly Lazy<GroupResolver> s_groups = new(() => new GroupResolver(RuleSet.Default.Groups));
    private static readonly ConcurrentDictionary<CredentialQualification, JurisdictionSet> s_compiled = new();

    public static CredentialInfo? Info(CredentialKind kind) => CredentialTable.Rows.FirstOrDefault(r => r.Kind == kind);

    /// <summary>How <paramref name="credential"/> stands for <paramref name="service"/> to a client in <paramref name="client"/> on <paramref name="date"/>.</summary>
    public static CredentialStanding Assess(Credential credential, ServiceLine service, Jurisdiction client, LocalDate date)
    {
        var info = Info(credential.Kind);
        if (info is null || !CanGrant(info, credential.GrantedBy))
        {
            return CredentialStanding.NotGrantable;
        }

        var basis = BestBasis(info, credential.GrantedBy, service, client, date);
        if (basis is null)
        {
            return CredentialStanding.NotRecognized;
        }

        if (!credential.IsValidOn(date))
        {
            return CredentialStanding.Expired;
        }

        return basis switch
        {
            QualificationBasis.License => CredentialStanding.Licensed,
            QualificationBasis.Recognition => CredentialStanding.Recognized,
            _ => CredentialStanding.Knowledge,
        };
    }

    /// <summary>The jurisdictions that may grant <paramref name="kind"/>, for messages, e.g. "a subdivision of US".</summary>
    public static string DescribeGrantors(CredentialKind kind)
    {
        var info = Info(kind);
        if (info is null)
        {
            return "no jurisdiction (the kind is unknown)";
        }

        string where = info.GrantedBy.Contains("*") ? "any jurisdiction" : string.Join(", ", info.GrantedBy);
        return info.GrantingLevel == GrantingLevel.Subdivision ? $"a subdivision of {where}" : where;
    }

    /// <summary>Whether the jurisdiction recorded as granting <paramref name="credential"/> can grant its kind at all.</summary>
    public static bool IsGrantable(Credential credential) => Info(credential.Kind) is { } info && CanGrant(info, credential.GrantedBy);

    /// <summary>
    /// A credential can be granted by a listed jurisdiction or one within it ("*" for any); one
    /// granted at subdivision level (a US state board) must name the subdivision.
    /// </summary>
    private static bool CanGrant(CredentialInfo info, Jurisdiction grantedBy)
    {
        if (info.GrantingLevel == GrantingLevel.Subdivision && !grantedBy.IsSubdivision)
        {
            return false;
        }

        return info.GrantedBy.Any(code => code == "*" || (Jurisdiction.TryParse(code, out var grantor) && grantor.Contains(grantedBy)));
    }

    private static QualificationBasis? BestBasis(CredentialInfo info, Jurisdiction grantedBy, ServiceLine service, Jurisdiction client, LocalDate date)
    {
        QualificationBasis? best = null;
        var calendarDate = new CalendarDate(date.Year, date.Month, date.Day);
        foreach (var qualification in info.Qualifies)
        {
            if (!qualification.Services.Contains(service) || !Covers(qualification, grantedBy, client, calendarDate))
            {
                continue;
            }

            // License < Recognition < Knowledge in the enum: the smallest is the strongest.
            if (best is null || qualification.Basis < best)
            {
                best = qualification.Basis;
            }
        }

        return best;
    }

    private static bool Covers(CredentialQualification qualification, Jurisdiction grantedBy, Jurisdiction client, CalendarDate date)
    {
        if (qualification.Jurisdictions.Contains("granting") && grantedBy.Contains(client))
        {
            return true;
        }

        var set = s_compiled.GetOrAdd(qualification, static q =>
            s_groups.Value.Compile(q.Jurisdictions.Where(j => j != "granting"), "Credential qualification"));
        return set.Contains(client.Id, date);
    }
}
