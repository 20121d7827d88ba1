using KpoSdk.Knowledge.Codes;
using KpoSdk.Knowledge.Rules;

namespace KpoSdk.Knowledge.Checks;

/// <summary>
/// KPO3006: a language required for a client should be official in the client's country,
/// nationwide or regionally (CLDR). The one implementation: the analyzers report it at the
/// language code of <c>[RequiresLanguage]</c>, the runtime at the requirement's JSON path.
/// </summary>
internal static class LanguageUseCheck
{
    /// <summary>The KPO3006 message when language row <paramref name="language"/> is not used in <paramref name="client"/>'s country; null when it is.</summary>
    public static string? Find(JurisdictionId client, int language)
    {
        int country = client.Country;
        int count = Countries.LanguageCount(country);
        var official = new List<string>();
        for (int i = 0; i < count; i++)
        {
            int row = Countries.Language(country, i);
            if (row == language)
            {
                return null;
            }

            if (Countries.LanguageStatusAt(country, i) != LanguageStatus.OfficialRegional)
            {
                official.Add(Describe(row));
            }
        }

        return $"{Describe(language)} is not an official language of {JurisdictionText.Describe(client.CountryOnly)}, where the official languages are {(official.Count == 0 ? "none recorded" : string.Join(", ", official))}.";
    }

    private static string Describe(int language) => $"{Languages.Name(language)} ({Languages.Code(language)})";
}
