using KpoSdk.Documents.Model;
using KpoSdk.Knowledge.Json;

namespace KpoSdk.Documents.Reading;

/// <summary>A staff member, in a roster or an agreed service's team (docs/json-format.md, "Roster").</summary>
internal static class StaffReader
{
    public static StaffFacts Read(Values values, JsonValue value, string path)
    {
        var fields = ObjectFields.Open(values.Context, value, path, "a staff member", "id", "name", "center", "shift", "education", "credentials", "languages", "regulationFamiliarity");
        if (fields is null)
        {
            return new StaffFacts("", "", []);
        }

        string id = fields.Required("id") is { } i ? values.Name(i, fields.PathOf("id")) : "";
        string name = fields.Required("name") is { } n ? values.String(n, fields.PathOf("name")) : "";
        if (fields.Required("center") is { } center)
        {
            values.String(center, fields.PathOf("center"));
        }

        if (fields.Required("shift") is { } shift)
        {
            values.Hours(shift, fields.PathOf("shift"));
        }

        values.List(fields.OptionalList("education"), fields.PathOf("education"), (e, at) => values.EnumName(e, at, "EducationLevel", DocumentNames.EducationLevels));
        var credentials = values.List(fields.OptionalList("credentials"), fields.PathOf("credentials"), (c, at) => Credential(values, c, at));
        values.List(fields.OptionalList("languages"), fields.PathOf("languages"), values.LanguageLevel);
        values.List(fields.OptionalList("regulationFamiliarity"), fields.PathOf("regulationFamiliarity"), values.Jurisdiction);
        return new StaffFacts(id, name, credentials);
    }

    private static HeldCredential Credential(Values values, JsonValue value, string path)
    {
        var fields = ObjectFields.Open(values.Context, value, path, "a credential", "kind", "grantedBy", "expires");
        if (fields is null)
        {
            return default;
        }

        int kind = fields.Required("kind") is { } k ? values.EnumName(k, fields.PathOf("kind"), nameof(CredentialKind), DocumentNames.CredentialKinds) : -1;
        var grantedBy = fields.Required("grantedBy") is { } g ? values.Jurisdiction(g, fields.PathOf("grantedBy")) : default;
        if (fields.Nullable("expires") is { } expires)
        {
            values.Date(expires, fields.PathOf("expires"));
        }

        return new HeldCredential(kind < 0 ? default : DocumentNames.CredentialKindValues[kind], grantedBy);
    }
}
