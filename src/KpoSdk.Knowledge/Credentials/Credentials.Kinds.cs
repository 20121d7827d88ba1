using KpoSdk.Knowledge.Codes;

namespace KpoSdk.Knowledge.Credentials;

internal static partial class Credentials
{
    /// <summary>How many kinds a message lists before "and N more".</summary>
    private const int MaxListedKinds = 6;

    /// <summary>
    /// "A Wirtschaftsprüfer (GermanPublicAuditor) or …": the kinds of <paramref name="kinds"/> for a
    /// message, at most a few, with their titles; "no credential kind the knowledge base knows" when
    /// there are none.
    /// </summary>
    public static string DescribeKinds(IReadOnlyList<CredentialKind> kinds)
    {
        if (kinds.Count == 0)
        {
            return "no credential kind the knowledge base knows";
        }

        var shown = kinds.Take(MaxListedKinds).Select(k => $"{Info(k).Title} ({k})").ToList();
        string list = shown.Count == 1 ? shown[0] : string.Join(", ", shown.Take(shown.Count - 1)) + " or " + shown[shown.Count - 1];
        return kinds.Count > MaxListedKinds ? $"{list} (and {kinds.Count - MaxListedKinds} more)" : list;
    }

    /// <summary>The kinds that license (or, unless <paramref name="licenseOnly"/>, also qualify for) the service for the client on the date.</summary>
    public static IReadOnlyList<CredentialKind> KindsThatCount(ServiceLine service, JurisdictionId client, CalendarDate date, bool licenseOnly)
    {
        var kinds = new List<CredentialKind>();
        foreach (var info in CredentialTable.Rows)
        {
            foreach (var grantor in Grantors(info, client))
            {
                if (CanGrant(info.Kind, grantor) && Qualification(info.Kind, grantor, service, client, date) is { } basis
                    && (basis == QualificationBasis.License || (!licenseOnly && basis == QualificationBasis.Recognition)))
                {
                    kinds.Add(info.Kind);
                    break;
                }
            }
        }

        return kinds;
    }
}
