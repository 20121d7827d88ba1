using System.Globalization;
using KpoSdk.Knowledge.Rules;
using KpoSdk.Knowledge.Services;
using NodaTime;

namespace KpoSdk.Contracts;

/// <summary>
/// Checks a staff member against what a service-level contract requires on a date: each required
/// credential held and valid (KPO3001, KPO3002), each required language at its level (KPO3004),
/// and familiarity with the client's regulation where the service needs it (KPO3005). The
/// generated <c>CheckStaff</c> method of every contract calls it.
/// </summary>
public static class ContractStaffCheck
{
    /// <summary>
    /// Every requirement of <paramref name="contract"/> that <paramref name="member"/> does not meet
    /// on <paramref name="date"/>, with a path into the member (<c>credentials</c>,
    /// <c>credentials[1]</c>, <c>languages[0]</c>, <c>regulationFamiliarity</c>); empty when the
    /// member may work on the contract. Never throws on well-formed data.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<AgreementViolation> Check(IServiceLevelContract contract, StaffMember member, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(member);
        var violations = new List<AgreementViolation>();
        foreach (var requirement in contract.RequiredCredentials)
        {
            CheckCredential(member, requirement, date, violations);
        }

        foreach (var requirement in contract.RequiredLanguages)
        {
            CheckLanguage(member, requirement, violations);
        }

        CheckFamiliarity(contract, member, date, violations);
        return violations;
    }

    private static void CheckCredential(StaffMember member, CredentialRequirement requirement, LocalDate date, List<AgreementViolation> violations)
    {
        int expired = -1;
        for (int i = 0; i < member.Credentials.Length; i++)
        {
            var held = member.Credentials[i];
            if (requirement.IsMetBy(held.Kind, held.GrantedBy))
            {
                if (held.IsValidOn(date))
                {
                    return;
                }

                expired = i;
            }
        }

        if (expired >= 0)
        {
            var held = member.Credentials[expired];
            violations.Add(Violation($"credentials[{expired}]", DiagnosticIds.CredentialExpired, $"{member}'s {held.Kind} granted by {held.GrantedBy} expired on {Text(held.Expires!.Value)}; the contract requires {requirement} on {Text(date)}."));
            return;
        }

        string heldText = member.Credentials.IsEmpty ? "no credential" : string.Join(", ", member.Credentials);
        violations.Add(Violation("credentials", DiagnosticIds.CredentialNotRecognized, $"{member} holds {heldText}; the contract requires {requirement}."));
    }

    private static void CheckLanguage(StaffMember member, LanguageRequirement requirement, List<AgreementViolation> violations)
    {
        int best = -1;
        for (int i = 0; i < member.Languages.Length; i++)
        {
            if (member.Languages[i].Language == requirement.Language && (best < 0 || member.Languages[i].Level > member.Languages[best].Level))
            {
                best = i;
            }
        }

        if (best < 0)
        {
            violations.Add(Violation("languages", DiagnosticIds.LanguageLevelTooLow, $"{member} does not speak {requirement.Language.Name} ({requirement.Language.Code}); the contract requires {requirement}."));
        }
        else if (member.Languages[best].Level < requirement.MinimumLevel)
        {
            violations.Add(Violation($"languages[{best}]", DiagnosticIds.LanguageLevelTooLow, $"{member} speaks {requirement.Language.Name} at {member.Languages[best].Level}; the contract requires {requirement}."));
        }
    }

    private static void CheckFamiliarity(IServiceLevelContract contract, StaffMember member, LocalDate date, List<AgreementViolation> violations)
    {
        if (!ServiceLines.Info(contract.Service).NeedsRegulationFamiliarity || member.IsFamiliarWith(contract.Client))
        {
            return;
        }

        // A credential that counts for the service in the client's jurisdiction is evidence of familiarity, as in agreement validation.
        bool evidenced = member.Credentials.Any(c => CredentialRecognition.Assess(c, contract.Service, contract.Client, date)
            is CredentialStanding.Licensed or CredentialStanding.Recognized or CredentialStanding.Knowledge);
        if (!evidenced)
        {
            string declared = member.RegulationFamiliarity.IsEmpty ? "no jurisdiction" : string.Join(", ", member.RegulationFamiliarity);
            violations.Add(Violation("regulationFamiliarity", DiagnosticIds.NoRegulationFamiliarity, $"{member} declares familiarity with {declared} and holds no credential that counts there; {ServiceLines.Info(contract.Service).Title} for a client in {JurisdictionText.Describe(contract.Client.Id)} applies that jurisdiction's regulation."));
        }
    }

    private static AgreementViolation Violation(string path, string ruleId, string message) => new(path, ruleId, RuleSeverity.Error, message);

    private static string Text(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
