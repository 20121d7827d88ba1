using KpoSdk.Documents.Model;
using KpoSdk.Knowledge.Json;

namespace KpoSdk.Documents.Reading;

/// <summary>A roster document: the provider's name and its staff, with unique IDs.</summary>
internal static class RosterReader
{
    public static RosterFacts? Read(Values values, JsonValue value)
    {
        var fields = ObjectFields.Open(values.Context, value, "a roster", "provider", "staff");
        if (fields is null)
        {
            return null;
        }

        if (fields.Required("provider") is { } provider)
        {
            values.Name(provider);
        }

        var staffValue = fields.Required("staff");
        var staff = values.List(staffValue, s => StaffReader.Read(values, s));
        UniqueNames.Check(values.Context, staffValue, "id", "staff ID");
        return new RosterFacts(staff);
    }
}
