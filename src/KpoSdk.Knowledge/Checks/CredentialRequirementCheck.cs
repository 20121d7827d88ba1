using KpoSdk.Knowledge.Codes;
using KpoSdk.Knowledge.Rules;
using KpoSdk.Knowledge.Services;
using CredentialTable = KpoSdk.Knowledge.Credentials.Credentials;

namespace KpoSdk.Knowledge.Checks;

/// <summary>
/// KPO3001 for a credential requirement of a contract: no holder of the kind (granted in the named
/// jurisdiction, when one is named) could meet it, because the kind is neither a license nor a
/// recognised qualification for the service in the client's jurisdiction. The message names the
/// root cause and only the kinds that would count there.
/// </summary>
internal static class CredentialRequirementCheck
{
    /// <summary>The KPO3001 message, or null when some holder could meet the requirement.</summary>
    public static string? Find(CredentialKind kind, JurisdictionId? grantedIn, ServiceLine service, JurisdictionId client, CalendarDate date)
    {
        var info = CredentialTable.Info(kind);
        string title = ServiceLines.Info(service).Title;
        string where = JurisdictionText.Describe(client);
        if (grantedIn is { } granting)
        {
            // The requirement names a region: a grant by a jurisdiction within it counts (a US state's CPA for "US").
            var grantors = CredentialTable.GrantorsWithin(granting, client).Where(g => CredentialTable.CanGrant(kind, g)).ToList();
            if (grantors.Count == 0)
            {
                return $"A {info.Title} is not granted in {Jurisdictions.Format(granting)}; it is granted by {CredentialTable.DescribeGrantors(kind)}.";
            }

            if (grantors.Any(g => CredentialTable.MeetsRequirement(CredentialTable.Qualification(kind, g, service, client, date))))
            {
                return null;
            }

            return $"A {info.Title} granted in {JurisdictionText.Describe(granting)} is neither a license nor a recognised qualification for {title} for a client in {where} on {date}, so no holder of it meets this requirement; {Instead(service, client, date)}.";
        }

        foreach (var grantor in CredentialTable.Grantors(info, client))
        {
            if (CredentialTable.CanGrant(kind, grantor) && CredentialTable.MeetsRequirement(CredentialTable.Qualification(kind, grantor, service, client, date)))
            {
                return null;
            }
        }

        return $"A {info.Title} ({kind}), granted by {CredentialTable.DescribeGrantors(kind)}, is neither a license nor a recognised qualification for {title} for a client in {where} on {date}, so no holder of it meets this requirement; {Instead(service, client, date)}.";
    }

    private static string Instead(ServiceLine service, JurisdictionId client, CalendarDate date)
    {
        var kinds = CredentialTable.KindsThatCount(service, client, date, licenseOnly: false);
        return kinds.Count == 0
            ? "the knowledge base knows no credential that counts for it there"
            : "what counts there is " + CredentialTable.DescribeKinds(kinds);
    }
}
