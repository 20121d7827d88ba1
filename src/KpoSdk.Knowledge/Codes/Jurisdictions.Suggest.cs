namespace KpoSdk.Knowledge.Codes;

internal static partial class Jurisdictions
{
    /// <summary>
    /// The canonical codes <see cref="DescribeUnknown"/> suggests for <paramref name="text"/>, in
    /// the order the message names them: "US-NY" for "USA-NY", "GB" for "UK", up to three
    /// subdivisions for "US-XY". Empty when the message suggests nothing. The analyzers' code
    /// fixes offer these, so a fix never proposes a code the message does not name.
    /// </summary>
    public static IReadOnlyList<string> Suggest(string? text) => Suggest(text, out _);

    /// <summary>
    /// <see cref="Suggest(string?)"/>, and whether its one suggestion is certain, the only
    /// jurisdiction the text can mean: the code once trimmed, "US-NY" for "USA-NY" or "GB-ENG" for
    /// "UK-ENG" (the country part is another code of the country), "US-NY" for "US-New York" (a
    /// subdivision's whole name), a country that <see cref="Countries.Suggest(string, out bool)"/> is
    /// certain of. Everything else is a guess: a subdivision code one typo away ("US-XX" is one
    /// typo from "US-TX" and nothing says the writer meant Texas), a misspelt name, or a country
    /// in place of a subdivision it does not have.
    /// </summary>
    public static IReadOnlyList<string> Suggest(string? text, out bool certain)
    {
        certain = false;
        if (text is null || InputText.ShapeProblem(text, "jurisdiction") is not null)
        {
            return [];
        }

        string trimmed = text.Trim();
        if (trimmed.Length != text.Length && TryParse(trimmed, out var id))
        {
            certain = true;
            return [Format(id)];
        }

        int dash = text.IndexOf('-');
        if (dash < 0)
        {
            if (CountryAliases.NotACountry(trimmed) is not null)
            {
                return [];
            }

            string? alpha2 = Countries.Suggest(text, out certain);
            return alpha2 is null ? [] : [alpha2];
        }

        string countryPart = text.Substring(0, dash), suffix = text.Substring(dash + 1);
        int country = countryPart.Length == 2 ? Countries.Find(countryPart[0], countryPart[1], '\0', 2) : -1;
        if (country >= 0)
        {
            if (Subdivisions.CountOf(country) == 0)
            {
                return [Countries.Alpha2(country)];
            }

            var candidates = SubdivisionCandidates(country, suffix, out certain);
            return candidates.Select(Subdivisions.Code).ToArray();
        }

        bool countryCertain = true;
        int suggested = Countries.TryFind(countryPart, out int exact) ? exact : Countries.SuggestRow(countryPart, out _, out countryCertain);
        if (suggested < 0)
        {
            return [];
        }

        int subdivision = Subdivisions.FindCode(Countries.Alpha2(suggested) + "-" + suffix);
        certain = countryCertain && subdivision >= 0;
        return subdivision >= 0 ? [Subdivisions.Code(subdivision)] : [Countries.Alpha2(suggested)];
    }
}
