using System.Globalization;
using System.Text;

namespace KpoSdk.Knowledge.Codes;

internal static partial class Jurisdictions
{
    /// <summary>The sentence a jurisdiction message ends with when the country itself is in doubt.</summary>
    public const string Expected = "Expected a country code ('US', 'USA' or '840') or an ISO 3166-2 subdivision code ('US-NY').";

    private const int MaxCandidates = 3;

    /// <summary>
    /// The whole message for text <see cref="TryParse"/> rejected, e.g. "Unknown subdivision
    /// 'US-XY' of United States. Did you mean 'US-KY' (Kentucky), 'US-NY' (New York) or 'US-WY'
    /// (Wyoming)? Expected 'US' or 'US-' followed by one of its 57 ISO 3166-2 subdivision codes,
    /// e.g. 'US-AK' (Alaska)."
    /// </summary>
    public static string DescribeUnknown(string text)
    {
        if (InputText.ShapeProblem(text, "jurisdiction") is { } shape)
        {
            return shape + " " + Expected;
        }

        string trimmed = text.Trim();
        if (trimmed.Length != text.Length && TryParse(trimmed, out var id))
        {
            return $"The jurisdiction {InputText.Quote(text)} has leading or trailing whitespace. Did you mean {Describe(id)}? {Expected}";
        }

        int dash = text.IndexOf('-');
        if (dash < 0)
        {
            return Countries.Explain(text, "jurisdiction") + " " + Expected;
        }

        string countryPart = text.Substring(0, dash), suffix = text.Substring(dash + 1);
        int country = countryPart.Length == 2 ? Countries.Find(countryPart[0], countryPart[1], '\0', 2) : -1;
        return country >= 0 ? DescribeUnknownSubdivision(text, country, suffix) : DescribeUnknownCountryPart(text, countryPart, suffix);
    }

    private static string DescribeUnknownCountryPart(string text, string countryPart, string suffix)
    {
        string quoted = InputText.Quote(text);
        int row = Countries.TryFind(countryPart, out int exact) ? exact : Countries.SuggestRow(countryPart, out _);
        if (row < 0)
        {
            return $"Unknown country {InputText.Quote(countryPart)} in the jurisdiction {quoted}. {Expected}";
        }

        int subdivision = Subdivisions.FindCode(Countries.Alpha2(row) + "-" + suffix);
        if (subdivision >= 0)
        {
            string why = exact >= 0 ? " A subdivision code starts with the country's alpha-2 code." : "";
            return $"Unknown jurisdiction {quoted}.{why} Did you mean {Describe(new JurisdictionId(row, subdivision))}? {Expected}";
        }

        return $"Unknown country {InputText.Quote(countryPart)} in the jurisdiction {quoted}. Did you mean {Describe(new JurisdictionId(row))}? {Expected}";
    }

    private static string DescribeUnknownSubdivision(string text, int country, string suffix)
    {
        string quoted = InputText.Quote(text);
        string alpha2 = Countries.Alpha2(country);
        int count = Subdivisions.CountOf(country);
        if (count == 0)
        {
            return $"Unknown jurisdiction {quoted}: {Countries.Name(country)} has no ISO 3166-2 subdivisions. Did you mean '{alpha2}'?";
        }

        var candidates = SubdivisionCandidates(country, suffix, out _);
        var message = new StringBuilder($"Unknown subdivision {quoted} of {Countries.Name(country)}.");
        if (candidates.Count > 0)
        {
            message.Append(" Did you mean ");
            for (int i = 0; i < candidates.Count; i++)
            {
                message.Append(i == 0 ? "" : i == candidates.Count - 1 ? " or " : ", ")
                    .Append(Describe(new JurisdictionId(country, candidates[i])));
            }

            message.Append('?');
        }
        else if (InputText.NonAsciiProblem(suffix, "subdivision code") is not null)
        {
            message.Append(" Subdivision codes are ASCII letters and digits.");
        }

        int first = Subdivisions.FirstOf(country);
        return message.Append(" Expected '").Append(alpha2).Append("' or '").Append(alpha2).Append("-' followed by one of its ")
            .Append(count.ToString(CultureInfo.InvariantCulture)).Append(" ISO 3166-2 subdivision codes, e.g. ")
            .Append(Describe(new JurisdictionId(country, first))).Append('.').ToString();
    }

    /// <summary>
    /// Subdivisions of the country the suffix may mean: the one it names ("US-New York"), else
    /// those one typo from its code (at most <see cref="MaxCandidates"/>, in code order), else the
    /// only one whose name starts with it or is within <see cref="EditDistance.MaxTypos"/> typos of it;
    /// <paramref name="named"/> says whether the suffix was a subdivision's whole name.
    /// </summary>
    private static List<int> SubdivisionCandidates(int country, string suffix, out bool named)
    {
        named = false;
        int first = Subdivisions.FirstOf(country), end = first + Subdivisions.CountOf(country);
        var byCode = new List<int>();
        int prefixRow = -1, prefixCount = 0, typoRow = -1, typoCount = 0;
        for (int row = first; row < end; row++)
        {
            string name = Subdivisions.Name(row);
            if (string.Equals(name, suffix, StringComparison.OrdinalIgnoreCase))
            {
                named = true;
                return [row];
            }

            string code = Subdivisions.Code(row).Substring(3);
            if (suffix.Length <= 3 && byCode.Count < MaxCandidates && EditDistance.Between(suffix, code, 1) == 1)
            {
                byCode.Add(row);
            }

            if (suffix.Length >= 4 && name.StartsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                (prefixRow, prefixCount) = (row, prefixCount + 1);
            }

            if (suffix.Length >= EditDistance.MinNameLength && EditDistance.Between(suffix, name, EditDistance.MaxTypos(suffix.Length)) <= EditDistance.MaxTypos(suffix.Length))
            {
                (typoRow, typoCount) = (row, typoCount + 1);
            }
        }

        if (byCode.Count > 0)
        {
            return byCode;
        }

        return prefixCount == 1 ? [prefixRow] : typoCount == 1 ? [typoRow] : [];
    }

    /// <summary>"'US-NY' (New York)" or "'US' (United States)".</summary>
    public static string Describe(JurisdictionId id) =>
        id.HasSubdivision
            ? $"'{Subdivisions.Code(id.Subdivision)}' ({Subdivisions.Name(id.Subdivision)})"
            : $"'{Countries.Alpha2(id.Country)}' ({Countries.Name(id.Country)})";
}
