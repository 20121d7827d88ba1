using KpoSdk.Documents.Model;
using KpoSdk.Knowledge.Codes;
using KpoSdk.Knowledge.Json;

namespace KpoSdk.Documents.Reading;

/// <summary>A provider: a catalog document, or the <c>provider</c> of an agreement (docs/json-format.md, "Catalog").</summary>
internal static class ProviderReader
{
    public static ProviderFacts? Read(Values values, JsonValue value)
    {
        var fields = ObjectFields.Open(values.Context, value, "a provider", "name", "headquarters", "centers", "catalog");
        if (fields is null)
        {
            return null;
        }

        string name = fields.Required("name") is { } n ? values.Name(n) : "";
        if (fields.Required("headquarters") is { } headquarters)
        {
            values.Jurisdiction(headquarters);
        }

        var centersValue = fields.Required("centers");
        var centers = values.List(centersValue, c => Center(values, c));
        UniqueNames.Check(values.Context, centersValue, "name", "delivery centre name");
        var names = new HashSet<string>(centers.Where(c => c is not null).Select(c => c!.Name), StringComparer.Ordinal);
        var offerings = new List<OfferingFacts>();
        if (fields.Nullable("catalog") is { } catalog
            && ObjectFields.Open(values.Context, catalog, "a catalog", "offerings") is { } catalogFields)
        {
            offerings = values.List(catalogFields.Required("offerings"), o => Offering(values, o, names));
        }

        return new ProviderFacts(name, [.. centers.Where(c => c is not null).Select(c => c!)], offerings);
    }

    private static CenterFacts? Center(Values values, JsonValue value)
    {
        var fields = ObjectFields.Open(values.Context, value, "a delivery centre", "name", "jurisdiction", "zone", "shifts", "holidays");
        if (fields is null)
        {
            return null;
        }

        string name = fields.Required("name") is { } n ? values.Name(n) : "";
        var jurisdiction = fields.Required("jurisdiction") is { } j ? values.Jurisdiction(j) : default;
        if (fields.Required("zone") is { } zone)
        {
            values.Zone(zone);
        }

        var shifts = fields.OptionalList("shifts");
        values.List(shifts, s => Shift(values, s));
        UniqueNames.Check(values.Context, shifts, "name", "shift name");
        values.List(fields.OptionalList("holidays"), d => { values.Date(d); return 0; });
        return new CenterFacts(name, jurisdiction);
    }

    private static int Shift(Values values, JsonValue value)
    {
        if (ObjectFields.Open(values.Context, value, "a shift", "name", "hours") is { } fields)
        {
            if (fields.Required("name") is { } name)
            {
                values.Name(name);
            }

            if (fields.Required("hours") is { } hours)
            {
                values.Hours(hours);
            }
        }

        return 0;
    }

    private static OfferingFacts Offering(Values values, JsonValue value, HashSet<string> centerNames)
    {
        var fields = ObjectFields.Open(values.Context, value, "an offering", "service", "clients", "centers", "languages");
        if (fields is null)
        {
            return new OfferingFacts(default, [], [], []);
        }

        int service = fields.Required("service") is { } s ? values.EnumName(s, nameof(ServiceLine), DocumentNames.ServiceLines) : -1;
        var clients = values.List(fields.Required("clients"), values.Jurisdiction);
        var centers = values.List(fields.Required("centers"), c => Dangling(values, c, centerNames));
        var languages = values.List(fields.OptionalList("languages"), d => Designation(values, d));
        return new OfferingFacts(service < 0 ? default : DocumentNames.ServiceLineValues[service], clients, centers, languages);
    }

    /// <summary>A centre an offering names, which must be one of the provider's.</summary>
    private static string Dangling(Values values, JsonValue value, HashSet<string> centerNames)
    {
        string name = values.String(value, "a delivery centre's name as a string");
        if (value.Kind == JsonKind.String && !centerNames.Contains(name))
        {
            values.Context.Report(DiagnosticIds.MalformedDocument, value,
                $"{InputText.Quote(name)} is not a delivery centre of this provider; its centres are {(centerNames.Count == 0 ? "none" : string.Join(", ", centerNames.Select(n => InputText.Quote(n))))}.");
        }

        return name;
    }

    private static DesignationFacts Designation(Values values, JsonValue value)
    {
        var fields = ObjectFields.Open(values.Context, value, "a language designation", "country", "languages");
        if (fields is null)
        {
            return new DesignationFacts(-1, []);
        }

        int country = fields.Required("country") is { } c ? values.Country(c) : -1;
        var languages = values.List(fields.Required("languages"), values.LanguageRequirement);
        return new DesignationFacts(country, languages);
    }
}
