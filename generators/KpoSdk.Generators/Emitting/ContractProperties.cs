using KpoSdk.Generators.Models;

namespace KpoSdk.Generators.Emitting;

/// <summary>The typed properties of everything a contract declared.</summary>
internal static class ContractProperties
{
    public static void Emit(CodeWriter code, ContractModel model)
    {
        code.Line("/// <summary>Gets the service delivered: <see cref=\"global::KpoSdk.ServiceLine." + model.Service + "\"/>.</summary>")
            .Member("public global::KpoSdk.ServiceLine Service => global::KpoSdk.ServiceLine." + model.Service + ";")
            .Line()
            .Line("/// <summary>Gets the client's jurisdiction: " + Literals.Xml(model.Client.Description) + ".</summary>")
            .Member("public global::KpoSdk.Jurisdiction Client => s_client;")
            .Line()
            .Line("/// <summary>Gets the jurisdictions the service is delivered from: " + Literals.Xml(string.Join("; ", model.DeliveredFrom.Select(d => d.Description))) + ".</summary>")
            .Member("public global::System.Collections.Generic.IReadOnlyList<global::KpoSdk.Jurisdiction> DeliveredFrom => s_deliveredFrom;")
            .Line()
            .Line("/// <summary>Gets the coverage calendar: " + Literals.Xml(model.Coverage.HoursText) + " in " + Literals.Xml(model.Coverage.ZoneId)
                + (model.Coverage.Holidays is { } holidays ? ", closed on the public holidays of " + holidays : string.Empty) + ".</summary>")
            .Member("public global::KpoSdk.Time.BusinessCalendar Coverage => s_coverage;")
            .Line()
            .Line("/// <summary>Gets the service-level targets: " + Targets(model) + ".</summary>")
            .Member("public global::System.Collections.Generic.IReadOnlyList<global::KpoSdk.Sla.ServiceLevelTarget> Targets => s_targets;")
            .Line()
            .Line("/// <summary>Gets the credentials the staff must hold" + Describe(model.Credentials.Select(Describe)) + ".</summary>")
            .Member("public global::System.Collections.Generic.IReadOnlyList<global::KpoSdk.Contracts.CredentialRequirement> RequiredCredentials => s_requiredCredentials;")
            .Line()
            .Line("/// <summary>Gets the languages the staff must command" + Describe(model.Languages.Select(l => Literals.Xml(l.Name) + " (" + l.Code + ") at " + l.Level + " or above")) + ".</summary>")
            .Member("public global::System.Collections.Generic.IReadOnlyList<global::KpoSdk.LanguageRequirement> RequiredLanguages => s_requiredLanguages;")
            .Line()
            .Line("/// <summary>Gets the safeguards declared in place" + Describe(model.Safeguards.Select(s => "<see cref=\"global::KpoSdk.Safeguard." + s + "\"/>")) + ".</summary>")
            .Member("public global::System.Collections.Generic.IReadOnlyList<global::KpoSdk.Safeguard> Safeguards => s_safeguards;")
            .Line();
    }

    private static string Targets(ContractModel model) =>
        (model.Response, model.Resolution) switch
        {
            (null, null) => "none",
            (not null, null) => "<see cref=\"ResponseTarget\"/>",
            (null, not null) => "<see cref=\"ResolutionTarget\"/>",
            _ => "<see cref=\"ResponseTarget\"/>, then <see cref=\"ResolutionTarget\"/>",
        };

    private static string Describe(IEnumerable<string> items)
    {
        string text = string.Join("; ", items);
        return text.Length == 0 ? " (none)" : ": " + text;
    }

    private static string Describe(CredentialModel credential) =>
        "<see cref=\"global::KpoSdk.CredentialKind." + credential.Kind + "\"/>"
        + (credential.GrantedIn is { } where ? " granted in " + Literals.Xml(where.Description) : string.Empty);
}
