using KpoSdk.Documents.Model;
using KpoSdk.Knowledge.Json;

namespace KpoSdk.Documents.Reading;

/// <summary>A staff member, in a roster or an agreed service's team (docs/json-format.md, "Roster").</summary>
internal static class StaffReader
{
    public static StaffFacts Read(Values values, JsonValue value)
    {
        var fields = ObjectFields.Open(values.Context, value, "a staff member", "id", "name", "center", "shift", "education", "credentials", "languages", "regulationFamiliarity");
        if (fields is null)
        {
            return new StaffFacts("", "", []);
        }

        string id = fields.Required("id") is { } i ? values.Name(i) : "";
        string name = fields.Required("name") is { } n ? values.String(n) : "";
        if (fields.Required("center") is { } center)
        {
            values.String(center);
        }

        if (fields.Required("shift") is { } shift)
        {
            values.Hours(shift);
        }

        values.List(fields.OptionalList("education"), e => values.EnumName(e, "EducationLevel", DocumentNames.EducationLevels));
        var credentials = values.List(fields.OptionalList("credentials"), c => Credential(values, c));
        values.List(fields.OptionalList("languages"), values.LanguageSkill);
        values.List(fields.OptionalList("regulationFamiliarity"), values.Jurisdiction);
        return new StaffFacts(id, name, credentials);
    }

    private static HeldCredential Credential(Values values, JsonValue value)
    {
        var fields = ObjectFields.Open(values.Context, value, "a credential", "kind", "grantedBy", "expires");
        if (fields is null)
        {
            return default;
        }

        int kind = fields.Required("kind") is { } k ? values.EnumName(k, nameof(CredentialKind), DocumentNames.CredentialKinds) : -1;
        var grantedBy = fields.Required("grantedBy") is { } g ? values.Jurisdiction(g) : default;
        if (fields.Nullable("expires") is { } expires)
        {
            values.Date(expires);
        }

        return new HeldCredential(kind < 0 ? default : DocumentNames.CredentialKindValues[kind], grantedBy);
    }
}
