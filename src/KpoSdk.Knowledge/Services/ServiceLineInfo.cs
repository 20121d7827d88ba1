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
        string description)
    {
        Line = line;
        Title = title;
        Category = category;
        HandlesPersonalData = handlesPersonalData;
        NeedsRegulationFamiliarity = needsRegulationFamiliarity;
        IsSigningAct = isSigningAct;
        QualifyingCredentials = qualifyingCredentials;
        Description = description;
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

    /// <summary>True when law requires one of <see cref="QualifyingCredentials"/>.</summary>
    public bool NeedsCredential => QualifyingCredentials.Count > 0;

    /// <summary>The credential kinds of which one qualifies a professional; empty when none is required.</summary>
    public IReadOnlyList<CredentialKind> QualifyingCredentials { get; }

    public string Description { get; }
}
