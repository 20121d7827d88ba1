using KpoSdk.Knowledge.Codes;
using KpoSdk.Knowledge.Rules;
using KpoSdk.Knowledge.Services;

namespace KpoSdk.Knowledge.Credentials;

internal static partial class Credentials
{
    // Requirement selectors compiled once against the default rule set's groups, like the qualifications.
    private static readonly Lazy<Dictionary<CredentialRequirementIn, JurisdictionSet>> s_requirementSets = new(CompileRequirementSets);

    /// <summary>
    /// What law requires of the people delivering <paramref name="service"/> to a client in
    /// <paramref name="client"/> on <paramref name="date"/>: each list is one requirement, met by a
    /// holder of one of its kinds that licenses the work there. First the service line's own list
    /// (every client), then each requirement of the jurisdictions that contain the client (a PTIN for
    /// US returns). Empty when law requires no credential.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<CredentialKind>> Requirements(ServiceLine service, JurisdictionId client, CalendarDate date)
    {
        var info = ServiceLines.Info(service);
        List<IReadOnlyList<CredentialKind>>? result = null;
        if (info.NeedsCredential)
        {
            (result ??= []).Add(info.QualifyingCredentials);
        }

        foreach (var requirement in info.RequirementsIn)
        {
            if (s_requirementSets.Value[requirement].Contains(client, date))
            {
                (result ??= []).Add(requirement.AnyOf);
            }
        }

        return result ?? (IReadOnlyList<IReadOnlyList<CredentialKind>>)Array.Empty<IReadOnlyList<CredentialKind>>();
    }

    private static Dictionary<CredentialRequirementIn, JurisdictionSet> CompileRequirementSets()
    {
        var sets = new Dictionary<CredentialRequirementIn, JurisdictionSet>();
        foreach (var line in ServiceLines.All)
        {
            foreach (var requirement in line.RequirementsIn)
            {
                sets[requirement] = s_groups.Value.Compile(requirement.Jurisdictions, $"Service line {line.Line}");
            }
        }

        return sets;
    }
}
