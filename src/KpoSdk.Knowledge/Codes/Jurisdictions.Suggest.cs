namespace KpoSdk.Knowledge.Codes;

internal static partial class Jurisdictions
{
    /// <summary>
    /// The canonical codes <see cref="DescribeUnknown"/> suggests for <paramref name="text"/>, in
    /// the order the message names them: "US-NY" for "USA-NY", "GB" for "UK", up to three
    /// subdivisions for "US-XY". Empty when the message suggests nothing. The analyzers' code
    /// fixes offer these, so a fix never proposes a code the message does not name.
    /// </summary>
    public static IReadOnlyList<string> Suggest(string? text)
    {
        if (text is null || InputText.ShapeProblem(text, "jurisdiction") is not null)
        {
            return [];
        }

        string trimmed = text.Trim();
        if (trimmed.Length != text.Length && TryParse(trimmed, out var id))
        {
            return [Format(id)];
        }

        int dash = text.IndexOf('-');
        if (dash < 0)
        {
            if (CountryAliases.NotACountry(trimmed) is not null)
            {
                return [];
            }

            int row = Countries.SuggestRow(text, out _);
            return row >= 0 ? [Countries.Alpha2(row)] : [];
        }

        string countryPart = text.Substring(0, dash), suffix = text.Substring(dash + 1);
        int country = countryPart.Length == 2 ? Countries.Find(countryPart[0], countryPart[1], '\0', 2) : -1;
        if (country >= 0)
        {
            if (Subdivisions.CountOf(country) == 0)
            {
                return [Countries.Alpha2(country)];
            }

            return SubdivisionCandidates(country, suffix).Select(Subdivisions.Code).ToArray();
        }

        int suggested = Countries.TryFind(countryPart, out int exact) ? exact : Countries.SuggestRow(countryPart, out _);
        if (suggested < 0)
        {
            return [];
        }

        int subdivision = Subdivisions.FindCode(Countries.Alpha2(suggested) + "-" + suffix);
        return subdivision >= 0 ? [Subdivisions.Code(subdivision)] : [Countries.Alpha2(suggested)];
    }
}
