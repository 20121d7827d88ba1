using System.Collections.Immutable;

namespace KpoSdk.Documents.Checks;

/// <summary>
/// What a roster can be checked for without an agreement: credentials recorded as granted by a
/// jurisdiction that cannot grant their kind (KPO3001), with the message team members get.
/// </summary>
internal static class RosterCredentialCheck
{
    public static ImmutableArray<AgreementViolation> Check(Roster roster)
    {
        var violations = ImmutableArray.CreateBuilder<AgreementViolation>();
        for (int s = 0; s < roster.Staff.Length; s++)
        {
            var member = roster.Staff[s];
            for (int c = 0; c < member.Credentials.Length; c++)
            {
                if (!CredentialRecognition.IsGrantable(member.Credentials[c]))
                {
                    violations.Add(new AgreementViolation(
                        $"staff[{s}].credentials[{c}]",
                        DiagnosticIds.CredentialNotRecognized,
                        RuleSeverity.Error,
                        StaffChecks.NotGrantable(member, member.Credentials[c])));
                }
            }
        }

        return violations.ToImmutable();
    }
}
