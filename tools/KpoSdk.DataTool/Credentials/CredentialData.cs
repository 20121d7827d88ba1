using System.Text.Json;
using KpoSdk.DataTool.ServiceLines;

namespace KpoSdk.DataTool.Credentials;

/// <summary>The contents of tools/data/credentials.json, checked against the service lines.</summary>
internal sealed record CredentialData(IReadOnlyList<CredentialRow> Credentials)
{
    public const string FileName = "credentials.json";

    private static readonly string[] s_levels = ["country", "subdivision", "jurisdiction", "body"];
    private static readonly string[] s_bases = ["license", "recognition", "knowledge"];

    public static CredentialData Read(DataDirectory data, ServiceLineData services)
    {
        using var document = JsonDocument.Parse(data.ReadAllText(FileName));
        var rows = new List<CredentialRow>();
        foreach (var e in document.RootElement.GetProperty("credentials").EnumerateArray())
        {
            string name = e.GetProperty("name").GetString()!;
            string context = $"{FileName}: credential '{name}'";
            string level = e.GetProperty("grantingLevel").GetString()!;
            if (!s_levels.Contains(level))
            {
                throw new InvalidDataException($"{context}: grantingLevel '{level}' is not one of {string.Join(", ", s_levels)}.");
            }

            var qualifies = e.GetProperty("qualifies").EnumerateArray().Select(q =>
            {
                string basis = q.GetProperty("basis").GetString()!;
                if (!s_bases.Contains(basis))
                {
                    throw new InvalidDataException($"{context}: basis '{basis}' is not one of {string.Join(", ", s_bases)}.");
                }

                var lines = q.StringArray("services").SelectMany(s => services.Select(s, context)).Distinct().OrderBy(l => l.Value).ToArray();
                var grantedIn = q.StringArray("grantedIn");
                if (grantedIn.Contains("granting"))
                {
                    throw new InvalidDataException($"{context}: 'granting' cannot restrict where a credential was granted; grantedIn lists jurisdictions or groups.");
                }

                return new QualificationRow(q.StringArray("jurisdictions"), lines, basis, q.OptionalString("note"), grantedIn);
            }).ToArray();

            rows.Add(new CredentialRow(
                name,
                e.GetProperty("value").GetInt32(),
                e.GetProperty("title").GetString()!,
                e.GetProperty("issuer").GetString()!,
                e.StringArray("grantedBy"),
                level,
                qualifies,
                e.GetProperty("source").GetString()!));
        }

        Json.CheckUnique(FileName, rows.Select(r => r.Name), "credential name");
        Json.CheckUnique(FileName, rows.Select(r => r.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)), "credential value");
        return new CredentialData(rows);
    }
}

internal sealed record CredentialRow(
    string Name,
    int Value,
    string Title,
    string Issuer,
    IReadOnlyList<string> GrantedBy,
    string GrantingLevel,
    IReadOnlyList<QualificationRow> Qualifies,
    string Source);

/// <summary>One 'qualifies' entry; <paramref name="GrantedIn"/> is empty when a grant anywhere counts.</summary>
internal sealed record QualificationRow(IReadOnlyList<string> Jurisdictions, IReadOnlyList<ServiceLineRow> Services, string Basis, string? Note, IReadOnlyList<string> GrantedIn);
