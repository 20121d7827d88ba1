using KpoSdk.Documents.Model;
using KpoSdk.Knowledge.Codes;
using CredentialTable = KpoSdk.Knowledge.Credentials.Credentials;

namespace KpoSdk.Documents.Checks;

/// <summary>
/// What a roster can be checked for without an agreement: credentials recorded as granted by a
/// jurisdiction that cannot grant their kind (KPO3001), with the message team members get.
/// </summary>
internal static class RosterCredentialCheck
{
    public static void Check(RosterFacts roster, FindingList findings)
    {
        for (int s = 0; s < roster.Staff.Count; s++)
        {
            var member = roster.Staff[s];
            for (int c = 0; c < member.Credentials.Count; c++)
            {
                var credential = member.Credentials[c];
                if (!CredentialTable.IsGrantable(credential.Kind, credential.GrantedBy))
                {
                    findings.Add($"staff[{s}].credentials[{c}]", DiagnosticIds.CredentialNotRecognized, NotGrantable(member.ToString(), credential.Kind, credential.GrantedBy));
                }
            }
        }
    }

    /// <summary>The KPO3001 message for a credential recorded as granted where it cannot be, for a roster and a team member alike.</summary>
    public static string NotGrantable(string member, CredentialKind kind, JurisdictionId grantedBy) =>
        $"{member}'s {kind} is recorded as granted by {Jurisdictions.Format(grantedBy)}, but only {DescribeGrantors(kind)} grants it.";

    /// <summary>The jurisdictions that may grant <paramref name="kind"/>, for messages, e.g. "a subdivision of @US".</summary>
    public static string DescribeGrantors(CredentialKind kind) =>
        CredentialTable.IsDefined(kind) ? CredentialTable.DescribeGrantors(kind) : "no jurisdiction (the kind is unknown)";
}
