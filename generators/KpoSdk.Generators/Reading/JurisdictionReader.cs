using KpoSdk.Generators.Helpers;
using KpoSdk.Generators.Models;
using KpoSdk.Knowledge.Codes;
using KpoSdk.Knowledge.Rules;
using KpoSdk.Knowledge.Text;

namespace KpoSdk.Generators.Reading;

/// <summary>Reads jurisdiction codes and lists through the knowledge base's parsers.</summary>
internal static class JurisdictionReader
{
    public static JurisdictionModel? Read(object? value) =>
        value is string text && Jurisdictions.TryParse(text, out var id) ? ToModel(id) : null;

    public static EquatableArray<JurisdictionModel>? ReadList(object? value)
    {
        if (value is not string text)
        {
            return null;
        }

        var result = JurisdictionListText.Read(text);
        return result.Succeeded ? result.Value.Select(ToModel).ToEquatableArray() : null;
    }

    private static JurisdictionModel ToModel(JurisdictionId id) => new(Jurisdictions.Format(id), JurisdictionText.Describe(id));
}
