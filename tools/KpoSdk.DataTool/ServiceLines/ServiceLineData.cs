using System.Text.Json;

namespace KpoSdk.DataTool.ServiceLines;

/// <summary>The contents of tools/data/service-lines.json, checked.</summary>
internal sealed record ServiceLineData(IReadOnlyList<ServiceCategoryRow> Categories, IReadOnlyList<ServiceLineRow> Lines)
{
    public const string FileName = "service-lines.json";

    public static ServiceLineData Read(DataDirectory data)
    {
        using var document = JsonDocument.Parse(data.ReadAllText(FileName));
        var root = document.RootElement;
        var categories = root.GetProperty("categories").EnumerateArray()
            .Select(e => new ServiceCategoryRow(e.GetProperty("name").GetString()!, e.GetProperty("value").GetInt32(), e.GetProperty("description").GetString()!))
            .ToArray();
        var lines = root.GetProperty("serviceLines").EnumerateArray().Select(ReadLine).ToArray();

        Json.CheckUnique(FileName, categories.Select(c => c.Name), "category name");
        Json.CheckUnique(FileName, categories.Select(c => c.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)), "category value");
        Json.CheckUnique(FileName, lines.Select(l => l.Name), "service line name");
        Json.CheckUnique(FileName, lines.Select(l => l.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)), "service line value");
        foreach (var line in lines)
        {
            if (!categories.Any(c => c.Name == line.Category))
            {
                throw new InvalidDataException($"{FileName}: service line '{line.Name}' has the unknown category '{line.Category}'.");
            }

            if (line.NeedsCredentialIn.Any(r => r.Jurisdictions.Count == 0 || r.AnyOf.Count == 0))
            {
                throw new InvalidDataException($"{FileName}: service line '{line.Name}' has a needsCredentialIn entry without jurisdictions or without credential kinds (anyOf).");
            }

            if (line.Value < 1 || line.Value > 63)
            {
                throw new InvalidDataException($"{FileName}: service line '{line.Name}' has value {line.Value}; values run from 1 to 63 so a rule can hold them in one 64-bit mask.");
            }
        }

        return new ServiceLineData(categories, lines);
    }

    /// <summary>Resolves a service selector ("all", "personal-data", "signing-acts", "category:NAME" or a name) to its lines.</summary>
    public IReadOnlyList<ServiceLineRow> Select(string selector, string context)
    {
        if (selector == "all")
        {
            return Lines;
        }

        if (selector == "personal-data")
        {
            return Lines.Where(l => l.HandlesPersonalData).ToArray();
        }

        if (selector == "signing-acts")
        {
            return Lines.Where(l => l.IsSigningAct).ToArray();
        }

        if (selector.StartsWith("category:", StringComparison.Ordinal))
        {
            string category = selector.Substring("category:".Length);
            return Categories.Any(c => c.Name == category)
                ? Lines.Where(l => l.Category == category).ToArray()
                : throw new InvalidDataException($"{context}: unknown category in '{selector}'.");
        }

        return Lines.Where(l => l.Name == selector).ToArray() is { Length: 1 } one
            ? one
            : throw new InvalidDataException($"{context}: '{selector}' is not a service line of {FileName}.");
    }

    private static ServiceLineRow ReadLine(JsonElement e) => new(
        e.GetProperty("name").GetString()!,
        e.GetProperty("value").GetInt32(),
        e.GetProperty("title").GetString()!,
        e.GetProperty("category").GetString()!,
        e.GetProperty("handlesPersonalData").GetBoolean(),
        e.GetProperty("needsCredential").EnumerateArray().Select(c => c.GetString()!).ToArray(),
        e.GetProperty("needsRegulationFamiliarity").GetBoolean(),
        e.GetProperty("isSigningAct").GetBoolean(),
        e.GetProperty("description").GetString()!,
        e.TryGetProperty("needsCredentialIn", out var within)
            ? within.EnumerateArray().Select(r => new CredentialRequirementRow(r.StringArray("jurisdictions"), r.StringArray("anyOf"), r.GetProperty("source").GetString()!)).ToArray()
            : []);
}

internal sealed record ServiceCategoryRow(string Name, int Value, string Description);

internal sealed record ServiceLineRow(
    string Name,
    int Value,
    string Title,
    string Category,
    bool HandlesPersonalData,
    IReadOnlyList<string> NeedsCredential,
    bool NeedsRegulationFamiliarity,
    bool IsSigningAct,
    string Description,
    IReadOnlyList<CredentialRequirementRow> NeedsCredentialIn);

/// <summary>One 'needsCredentialIn' entry: for clients in <paramref name="Jurisdictions"/>, one of <paramref name="AnyOf"/> must license the work.</summary>
internal sealed record CredentialRequirementRow(IReadOnlyList<string> Jurisdictions, IReadOnlyList<string> AnyOf, string Source);
