using System.Text.Json;
using KpoSdk.DataTool;
using KpoSdk.Knowledge.Credentials;
using KpoSdk.Knowledge.Rules;
using KpoSdk.Knowledge.Services;

namespace KpoSdk.Knowledge.Tests.Rules;

/// <summary>The generated enums and tables say what the data files say.</summary>
public class RuleDataAgreementTests
{
    private static readonly DataDirectory s_data = DataDirectory.FindFrom(AppContext.BaseDirectory);

    private static JsonElement Read(string file) => JsonDocument.Parse(s_data.ReadAllText(file)).RootElement;

    [Fact]
    public void ServiceLine_enum_and_facts_match_the_data()
    {
        var lines = Read("service-lines.json").GetProperty("serviceLines").EnumerateArray().ToArray();
        Assert.Equal(lines.Length, Enum.GetValues<ServiceLine>().Length);
        foreach (var line in lines)
        {
            var value = Enum.Parse<ServiceLine>(line.GetProperty("name").GetString()!);
            Assert.Equal(line.GetProperty("value").GetInt32(), (int)value);
            var info = ServiceLines.Info(value);
            Assert.Equal(line.GetProperty("title").GetString(), info.Title);
            Assert.Equal(line.GetProperty("category").GetString(), info.Category.ToString());
            Assert.Equal(line.GetProperty("handlesPersonalData").GetBoolean(), info.HandlesPersonalData);
            Assert.Equal(line.GetProperty("isSigningAct").GetBoolean(), info.IsSigningAct);
            Assert.Equal(line.GetProperty("needsRegulationFamiliarity").GetBoolean(), info.NeedsRegulationFamiliarity);
            Assert.Equal(line.GetProperty("needsCredential").EnumerateArray().Select(c => c.GetString()), info.QualifyingCredentials.Select(c => c.ToString()));
            var within = line.TryGetProperty("needsCredentialIn", out var w) ? w.EnumerateArray().ToArray() : [];
            Assert.Equal(within.Length, info.RequirementsIn.Count);
            for (int i = 0; i < within.Length; i++)
            {
                Assert.Equal(within[i].GetProperty("jurisdictions").EnumerateArray().Select(j => j.GetString()), info.RequirementsIn[i].Jurisdictions);
                Assert.Equal(within[i].GetProperty("anyOf").EnumerateArray().Select(c => c.GetString()), info.RequirementsIn[i].AnyOf.Select(c => c.ToString()));
                Assert.Equal(within[i].GetProperty("source").GetString(), info.RequirementsIn[i].Source);
            }
        }
    }

    [Fact]
    public void Signing_acts_of_the_brief_are_signing_acts()
    {
        ServiceLine[] signing = [ServiceLine.StatutoryAuditOpinion, ServiceLine.CertifiedCourtTranscript, ServiceLine.LegalAdvice, ServiceLine.TaxRepresentation];
        Assert.Equal(signing.OrderBy(s => s), ServiceLines.All.Where(l => l.IsSigningAct).Select(l => l.Line).OrderBy(s => s));
        Assert.All(signing, s => Assert.True(ServiceLines.Info(s).NeedsCredential));
    }

    [Fact]
    public void CredentialKind_enum_matches_the_data()
    {
        var credentials = Read("credentials.json").GetProperty("credentials").EnumerateArray().ToArray();
        Assert.Equal(credentials.Length, CredentialTable.Rows.Length);
        foreach (var credential in credentials)
        {
            var kind = Enum.Parse<CredentialKind>(credential.GetProperty("name").GetString()!);
            Assert.Equal(credential.GetProperty("value").GetInt32(), (int)kind);
            Assert.Contains(CredentialTable.Rows, r => r.Kind == kind && r.Source == credential.GetProperty("source").GetString());
        }
    }

    [Fact]
    public void Safeguard_enum_and_default_rules_match_the_data()
    {
        var rules = Read("rules.json");
        foreach (var safeguard in rules.GetProperty("safeguards").EnumerateArray())
        {
            Assert.Equal(safeguard.GetProperty("value").GetInt32(), (int)Enum.Parse<Safeguard>(safeguard.GetProperty("name").GetString()!));
        }

        Assert.Equal(rules.GetProperty("dataVersion").GetString(), RuleSet.Default.DataVersion);
        Assert.Equal(rules.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("key").GetString()), RuleSet.Default.Rules.Select(r => r.Key));
        Assert.Equal(rules.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("ruleId").GetString()), RuleSet.Default.Rules.Select(r => r.RuleId));
    }

    [Fact]
    public void Default_rules_use_only_the_four_rule_IDs_data_may_carry() =>
        Assert.All(RuleSet.Default.Rules, r => Assert.Contains(r.RuleId, new[] { DiagnosticIds.SanctionedJurisdiction, DiagnosticIds.LicensedProfessionalRequired, DiagnosticIds.PersonalDataTransfer, DiagnosticIds.MissingSafeguard }));

    [Fact]
    public void Rules_that_only_demand_a_safeguard_are_KPO1005_and_name_one() =>
        Assert.All(RuleSet.Default.Rules.Where(r => r.Kind == RuleKind.RequiredSafeguard), r =>
        {
            Assert.Equal(DiagnosticIds.MissingSafeguard, r.RuleId);
            Assert.NotEmpty(r.Exemptions.Safeguards);
        });
}
