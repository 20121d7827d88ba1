namespace KpoSdk.Knowledge.Services;

/// <summary>The facts of one service line (one row of the generated table).</summary>
internal sealed class ServiceLineInfo
{
    public ServiceLineInfo(
        ServiceLine line,
        string title,
        ServiceCategory category,
        bool handlesPersonalData,
        bool needsRegulationFamiliarity,
        bool isSigningAct,
        CredentialKind[] qualifyingCredentials,
        string description,
        CredentialRequirementIn[]? requirementsIn = null)
    {
        Line = line;
        Title = title;
        Category = category;
        HandlesPersonalData = handlesPersonalData;
        NeedsRegulationFamiliarity = needsRegulationFamiliarity;
        IsSigningAct = isSigningAct;
        QualifyingCredentials = qualifyingCredentials;
        Description = description;
        RequirementsIn = requirementsIn ?? [];
    }

    public ServiceLine Line { get; }

    /// <summary>The name for people, e.g. "Tax return signing and representation".</summary>
    public string Title { get; }

    public ServiceCategory Category { get; }

    public bool HandlesPersonalData { get; }

    /// <summary>The work applies the client country's law or regulation.</summary>
    public bool NeedsRegulationFamiliarity { get; }

    /// <summary>Only a professional licensed in the client jurisdiction may perform it.</summary>
    public bool IsSigningAct { get; }

    /// <summary>True when law requires one of <see cref="QualifyingCredentials"/> for every client (see <see cref="RequirementsIn"/> for the requirements of some jurisdictions only).</summary>
    public bool NeedsCredential => QualifyingCredentials.Count > 0;

    /// <summary>The credential kinds of which one qualifies a professional for any client; empty when none is required everywhere.</summary>
    public IReadOnlyList<CredentialKind> QualifyingCredentials { get; }

    /// <summary>Further requirements for clients in some jurisdictions (a PTIN for US returns); each one of its kinds.</summary>
    public IReadOnlyList<CredentialRequirementIn> RequirementsIn { get; }

    public string Description { get; }
}
