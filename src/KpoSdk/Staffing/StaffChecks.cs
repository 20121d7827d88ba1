using System.Collections.Immutable;
using KpoSdk.Knowledge.Rules;
using KpoSdk.Knowledge.Services;
using NodaTime;

namespace KpoSdk;

/// <summary>
/// The checks of one staff member against one service for one client, written once for the two
/// callers: agreement validation and staffing plans (<see cref="StaffQualification"/>) and the
/// generated contracts' <c>CheckStaff</c>. Every finding has a path relative to the member. A struct:
/// a staffing plan checks thousands of members per service, and a member who qualifies should cost
/// no allocation.
/// </summary>
internal readonly struct StaffChecks
{
    private readonly StaffMember _member;
    private readonly ServiceLine _service;
    private readonly Jurisdiction _client;
    private readonly LocalDate _date;
    private readonly string _who;
    private readonly List<StaffFinding> _findings;

    /// <param name="member">The member checked.</param>
    /// <param name="service">The service line.</param>
    /// <param name="client">The client jurisdiction.</param>
    /// <param name="date">The day of the check.</param>
    /// <param name="who">How messages name what requires it: "the contract", "services[1] (Payroll for …)".</param>
    /// <param name="findings">Where findings go.</param>
    public StaffChecks(StaffMember member, ServiceLine service, Jurisdiction client, LocalDate date, string who, List<StaffFinding> findings)
    {
        _member = member;
        _service = service;
        _client = client;
        _date = date;
        _who = who;
        _findings = findings;
    }

    private string ClientText => JurisdictionText.Describe(_client.Id);

    private string Title => ServiceLines.Info(_service).Title;

    /// <summary>
    /// KPO3001/KPO3002: the member must hold a valid credential of one of <paramref name="kinds"/>
    /// (granted in <paramref name="grantedIn"/> or within it, when given) that licenses them for the
    /// service in the client's jurisdiction or is recognised there. A held credential of the right
    /// kind that would count but has expired is named with its last valid day (KPO3002).
    /// </summary>
    public void Credential(ImmutableArray<CredentialKind> kinds, Jurisdiction? grantedIn, string requirement)
    {
        List<int>? counts = null;
        bool any = false;
        for (int i = 0; i < _member.Credentials.Length; i++)
        {
            var credential = _member.Credentials[i];
            if (!kinds.Contains(credential.Kind) || (grantedIn is { } where && !where.Contains(credential.GrantedBy)))
            {
                continue;
            }

            any = true;
            if (MeetsRequirement(CredentialRecognition.Assess(credential, _service, _client, _date)))
            {
                return;
            }

            (counts ??= []).Add(i);
        }

        foreach (int i in counts ?? [])
        {
            var credential = _member.Credentials[i];
            string path = $"credentials[{i}]";
            switch (CredentialRecognition.Assess(credential, _service, _client, _date))
            {
                case CredentialStanding.Expired:
                    Add(path, DiagnosticIds.CredentialExpired,
                        $"{_member}'s {credential.Kind} granted by {credential.GrantedBy} was valid until {credential.Expires:uuuu-MM-dd}; {_who} requires {requirement} on {_date:uuuu-MM-dd}.");
                    break;
                case CredentialStanding.NotGrantable:
                    Add(path, DiagnosticIds.CredentialNotRecognized, NotGrantable(_member, credential));
                    break;
                default:
                    Add(path, DiagnosticIds.CredentialNotRecognized,
                        $"{_member}'s {credential.Kind} granted by {credential.GrantedBy} is not recognised for {Title} for a client in {ClientText}; {_who} requires {requirement}.");
                    break;
            }
        }

        if (!any)
        {
            string held = _member.Credentials.IsEmpty ? "no credential" : string.Join(", ", _member.Credentials);
            Add("credentials", DiagnosticIds.CredentialNotRecognized, $"{_member} holds {held}; {_who} requires {requirement}.");
        }
    }

    /// <summary>KPO3004: each language at its level (the best of the member's entries for it counts).</summary>
    public void Languages(ReadOnlySpan<LanguageRequirement> requirements)
    {
        foreach (var requirement in requirements)
        {
            int best = -1;
            for (int i = 0; i < _member.Languages.Length; i++)
            {
                if (_member.Languages[i].Language == requirement.Language && (best < 0 || _member.Languages[i].Level > _member.Languages[best].Level))
                {
                    best = i;
                }
            }

            if (best < 0)
            {
                Add("languages", DiagnosticIds.LanguageLevelTooLow,
                    $"{_member} does not speak {requirement.Language.Name} ({requirement.Language.Code}); {_who} requires {requirement}.");
            }
            else if (!_member.Languages[best].Meets(requirement))
            {
                Add($"languages[{best}]", DiagnosticIds.LanguageLevelTooLow,
                    $"{_member} speaks {requirement.Language.Name} at {_member.Languages[best].Level}; {_who} requires {requirement}.");
            }
        }
    }

    /// <summary>KPO3005: where the service applies the client's regulation, declared familiarity with it, or a credential that counts there as evidence.</summary>
    public void Familiarity()
    {
        if (!NeedsFamiliarity(_service) || _member.IsFamiliarWith(_client))
        {
            return;
        }

        bool evidenced = false;
        for (int i = 0; i < _member.Credentials.Length && !evidenced; i++)
        {
            evidenced = EvidencesFamiliarity(CredentialRecognition.Assess(_member.Credentials[i], _service, _client, _date));
        }

        if (!evidenced)
        {
            string declared = _member.RegulationFamiliarity.IsEmpty ? "no jurisdiction" : string.Join(", ", _member.RegulationFamiliarity);
            Add("regulationFamiliarity", DiagnosticIds.NoRegulationFamiliarity,
                $"{_member} declares familiarity with {declared} and holds no credential that counts for {Title} in {ClientText}; {_who} applies the regulation of {ClientText}.");
        }
    }

    /// <summary>Whether a held credential of this standing meets a credential requirement (KPO3001, KPO3002): it licenses the holder or is recognised.</summary>
    public static bool MeetsRequirement(CredentialStanding standing) => standing is CredentialStanding.Licensed or CredentialStanding.Recognized;

    /// <summary>Whether a held credential of this standing is evidence of familiarity with the client's regulation (KPO3005).</summary>
    public static bool EvidencesFamiliarity(CredentialStanding standing) => MeetsRequirement(standing) || standing == CredentialStanding.Knowledge;

    /// <summary>Whether <paramref name="service"/> applies the client's regulation, so that the familiarity check (KPO3005) applies.</summary>
    public static bool NeedsFamiliarity(ServiceLine service) => ServiceLines.Info(service).NeedsRegulationFamiliarity;

    /// <summary>The message for a credential recorded as granted by a jurisdiction that cannot grant it (KPO3001), for a team member and a roster alike.</summary>
    public static string NotGrantable(StaffMember member, Credential credential) =>
        Documents.Checks.RosterCredentialCheck.NotGrantable(member.ToString(), credential.Kind, credential.GrantedBy.Id);

    private void Add(string path, string ruleId, string message) => _findings.Add(new StaffFinding(path, ruleId, message));
}
