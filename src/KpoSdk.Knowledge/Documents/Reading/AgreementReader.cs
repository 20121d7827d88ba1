using KpoSdk.Documents.Model;
using KpoSdk.Knowledge.Codes;
using KpoSdk.Knowledge.Json;

namespace KpoSdk.Documents.Reading;

/// <summary>An agreement document, with its provider embedded (docs/json-format.md, "Agreement").</summary>
internal static class AgreementReader
{
    public static AgreementFacts? Read(Values values, JsonValue value)
    {
        var fields = ObjectFields.Open(values.Context, value, "an agreement", "id", "client", "provider", "engagement", "term", "governingLaw", "services", "safeguards");
        if (fields is null)
        {
            return null;
        }

        if (fields.Required("id") is { } id)
        {
            values.Name(id);
        }

        var (client, zone) = fields.Required("client") is { } c ? Client(values, c) : (default, "");
        var provider = fields.Required("provider") is { } p ? ProviderReader.Read(values, p) : null;
        int engagement = fields.Required("engagement") is { } e ? values.EnumName(e, "EngagementModel", DocumentNames.EngagementModels) : -1;
        if (fields.Required("term") is { } term)
        {
            values.Term(term);
        }

        if (fields.Required("governingLaw") is { } law)
        {
            values.Jurisdiction(law);
        }

        var services = values.List(fields.Required("services"), s => Service(values, s));
        var safeguards = values.List(fields.OptionalList("safeguards"), s => values.EnumName(s, nameof(Safeguard), DocumentNames.Safeguards));
        if (provider is null)
        {
            return null;
        }

        var declared = safeguards.Where(i => i >= 0).Select(i => DocumentNames.SafeguardValues[i]);
        return new AgreementFacts(client, zone, provider, AgreementFacts.EffectiveSafeguards(declared, thirdParty: engagement == DocumentNames.ThirdParty), services);
    }

    private static (JurisdictionId Client, string Zone) Client(Values values, JsonValue value)
    {
        var fields = ObjectFields.Open(values.Context, value, "a client", "name", "jurisdiction", "businessHours");
        if (fields is null)
        {
            return (default, "");
        }

        if (fields.Required("name") is { } name)
        {
            values.Name(name);
        }

        var jurisdiction = fields.Required("jurisdiction") is { } j ? values.Jurisdiction(j) : default;
        string zone = fields.Required("businessHours") is { } hours ? Window(values, hours) : "";
        return (jurisdiction, zone);
    }

    /// <summary>A coverage window; its zone.</summary>
    private static string Window(Values values, JsonValue value)
    {
        var fields = ObjectFields.Open(values.Context, value, "a coverage window", "zone", "hours", "holidays");
        if (fields is null)
        {
            return "";
        }

        string zone = fields.Required("zone") is { } z ? values.Zone(z) : "";
        if (fields.Required("hours") is { } hours)
        {
            values.Hours(hours);
        }

        values.List(fields.OptionalList("holidays"), d => { values.Date(d); return 0; });
        return zone;
    }

    private static AgreedServiceFacts Service(Values values, JsonValue value)
    {
        var fields = ObjectFields.Open(values.Context, value, "an agreed service", "service", "centers", "team", "coverage", "requiredLanguages", "requiredCredentials", "minimumEducation");
        if (fields is null)
        {
            return new AgreedServiceFacts(default, [], null, []);
        }

        int service = fields.Required("service") is { } s ? values.EnumName(s, nameof(ServiceLine), DocumentNames.ServiceLines) : -1;
        var centers = values.List(fields.Required("centers"), c => values.String(c, "a delivery centre's name as a string"));
        var team = fields.OptionalList("team");
        values.List(team, m => StaffReader.Read(values, m));
        UniqueNames.Check(values.Context, team, "id", "staff ID");
        string? zone = fields.Nullable("coverage") is { } coverage ? Window(values, coverage) : null;
        var languages = values.List(fields.OptionalList("requiredLanguages"), values.LanguageRequirement);
        values.List(fields.OptionalList("requiredCredentials"), k => values.EnumName(k, nameof(CredentialKind), DocumentNames.CredentialKinds));
        if (fields.Nullable("minimumEducation") is { } education)
        {
            values.EnumName(education, "EducationLevel", DocumentNames.EducationLevels);
        }

        return new AgreedServiceFacts(service < 0 ? default : DocumentNames.ServiceLineValues[service], centers, zone, languages);
    }
}
