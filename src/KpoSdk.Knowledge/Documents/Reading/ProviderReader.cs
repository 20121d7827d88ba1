using KpoSdk.Documents.Model;
using KpoSdk.Knowledge.Codes;
using KpoSdk.Knowledge.Json;

namespace KpoSdk.Documents.Reading;

/// <summary>A provider: a catalog document, or the <c>provider</c> of an agreement (docs/json-format.md, "Catalog").</summary>
internal static class ProviderReader
{
    public static ProviderFacts? Read(Values values, JsonValue value, string path)
    {
        var fields = ObjectFields.Open(values.Context, value, path, "a provider", "name", "headquarters", "centers", "catalog");
        if (fields is null)
        {
            return null;
        }

        string name = fields.Required("name") is { } n ? values.Name(n, fields.PathOf("name")) : "";
        if (fields.Required("headquarters") is { } headquarters)
        {
            values.Jurisdiction(headquarters, fields.PathOf("headquarters"));
        }

        var centersValue = fields.Required("centers");
        var centers = values.List(centersValue, fields.PathOf("centers"), (c, at) => Center(values, c, at));
        UniqueNames.Check(values.Context, centersValue, fields.PathOf("centers"), "name", "delivery centre name");
        var names = new HashSet<string>(centers.Where(c => c is not null).Select(c => c!.Name), StringComparer.Ordinal);
        var offerings = new List<OfferingFacts>();
        if (fields.Nullable("catalog") is { } catalog
            && ObjectFields.Open(values.Context, catalog, fields.PathOf("catalog"), "a catalog", "offerings") is { } catalogFields)
        {
            offerings = values.List(catalogFields.Required("offerings"), catalogFields.PathOf("offerings"), (o, at) => Offering(values, o, at, names));
        }

        return new ProviderFacts(name, [.. centers.Where(c => c is not null).Select(c => c!)], offerings);
    }

    private static CenterFacts? Center(Values values, JsonValue value, string path)
    {
        var fields = ObjectFields.Open(values.Context, value, path, "a delivery centre", "name", "jurisdiction", "zone", "shifts", "holidays");
        if (fields is null)
        {
            return null;
        }

        string name = fields.Required("name") is { } n ? values.Name(n, fields.PathOf("name")) : "";
        var jurisdiction = fields.Required("jurisdiction") is { } j ? values.Jurisdiction(j, fields.PathOf("jurisdiction")) : default;
        if (fields.Required("zone") is { } zone)
        {
            values.Zone(zone, fields.PathOf("zone"));
        }

        var shifts = fields.OptionalList("shifts");
        values.List(shifts, fields.PathOf("shifts"), (s, at) => Shift(values, s, at));
        UniqueNames.Check(values.Context, shifts, fields.PathOf("shifts"), "name", "shift name");
        values.List(fields.OptionalList("holidays"), fields.PathOf("holidays"), (d, at) => { values.Date(d, at); return 0; });
        return new CenterFacts(name, jurisdiction);
    }

    private static int Shift(Values values, JsonValue value, string path)
    {
        if (ObjectFields.Open(values.Context, value, path, "a shift", "name", "hours") is { } fields)
        {
            if (fields.Required("name") is { } name)
            {
                values.Name(name, fields.PathOf("name"));
            }

            if (fields.Required("hours") is { } hours)
            {
                values.Hours(hours, fields.PathOf("hours"));
            }
        }

        return 0;
    }

    private static OfferingFacts Offering(Values values, JsonValue value, string path, HashSet<string> centerNames)
    {
        var fields = ObjectFields.Open(values.Context, value, path, "an offering", "service", "clients", "centers", "languages");
        if (fields is null)
        {
            return new OfferingFacts(default, [], [], []);
        }

        int service = fields.Required("service") is { } s ? values.EnumName(s, fields.PathOf("service"), nameof(ServiceLine), DocumentNames.ServiceLines) : -1;
        var clients = values.List(fields.Required("clients"), fields.PathOf("clients"), values.Jurisdiction);
        var centers = values.List(fields.Required("centers"), fields.PathOf("centers"), (c, at) => Dangling(values, c, at, centerNames));
        var languages = values.List(fields.OptionalList("languages"), fields.PathOf("languages"), (d, at) => Designation(values, d, at));
        return new OfferingFacts(service < 0 ? default : DocumentNames.ServiceLineValues[service], clients, centers, languages);
    }

    /// <summary>A centre an offering names, which must be one of the provider's.</summary>
    private static string Dangling(Values values, JsonValue value, string path, HashSet<string> centerNames)
    {
        string name = values.String(value, path, "a delivery centre's name as a string");
        if (value.Kind == JsonKind.String && !centerNames.Contains(name))
        {
            values.Context.Report(DiagnosticIds.MalformedDocument, value, path,
                $"{InputText.Quote(name)} is not a delivery centre of this provider; its centres are {(centerNames.Count == 0 ? "none" : string.Join(", ", centerNames.Select(InputText.Quote)))}.");
        }

        return name;
    }

    private static DesignationFacts Designation(Values values, JsonValue value, string path)
    {
        var fields = ObjectFields.Open(values.Context, value, path, "a language designation", "country", "languages");
        if (fields is null)
        {
            return new DesignationFacts(-1, []);
        }

        int country = fields.Required("country") is { } c ? values.Country(c, fields.PathOf("country")) : -1;
        var languages = values.List(fields.Required("languages"), fields.PathOf("languages"), values.LanguageLevel);
        return new DesignationFacts(country, languages);
    }
}
