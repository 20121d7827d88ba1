using KpoSdk.Knowledge.Codes;

namespace KpoSdk.Knowledge.Holidays;

/// <summary>
/// The built-in holiday data: which jurisdictions it covers and the holidays of each, read from
/// the generated <see cref="HolidayTable"/> once per country on first use.
/// </summary>
internal static class HolidayData
{
    private static readonly Dictionary<string, HolidayCountry> s_countries = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, HolidaySet?> s_resolved = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, string?> s_problems = new(StringComparer.Ordinal);

    /// <summary>The alpha-2 codes of the countries with data, ascending.</summary>
    public static IReadOnlyList<string> Countries => HolidayTable.Countries;

    /// <summary>The country's data, or null when there is none.</summary>
    public static HolidayCountry? Country(string alpha2)
    {
        lock (s_countries)
        {
            if (s_countries.TryGetValue(alpha2, out var country))
            {
                return country;
            }

            if (HolidayTable.Text(alpha2) is not { } text)
            {
                return null;
            }

            country = HolidayTableReader.Read(alpha2, text);
            s_countries.Add(alpha2, country);
            return country;
        }
    }

    /// <summary>
    /// The holidays of a jurisdiction code (a valid "US" or "US-NY"): a country's national ones; a
    /// listed subdivision's own; an unlisted subdivision's from the nearest enclosing listed one
    /// (GB-LND from GB-ENG), from the only listed one it encloses (FR-GP from FR-971), or the
    /// national ones where the data says unlisted subdivisions follow them. Null, with the
    /// reason in <paramref name="problem"/>, otherwise.
    /// </summary>
    public static HolidaySet? Resolve(string code, out string? problem)
    {
        // Resolved once per code: a calendar per client or centre asks again and again.
        lock (s_resolved)
        {
            if (s_resolved.TryGetValue(code, out var known))
            {
                problem = s_problems[code];
                return known;
            }
        }

        var set = ResolveOnce(code, out problem);
        lock (s_resolved)
        {
            s_resolved[code] = set;
            s_problems[code] = problem;
        }

        return set;
    }

    private static HolidaySet? ResolveOnce(string code, out string? problem)
    {
        problem = null;
        var country = Country(code.Substring(0, 2));
        if (country is null)
        {
            problem = code.Length == 2 ? "it is not among the countries covered" : $"none for its country, {code.Substring(0, 2)}, either";
            return null;
        }

        if (code.Length == 2)
        {
            return country.National;
        }

        for (int row = Subdivisions.FindCode(code); row >= 0; row = Subdivisions.Parent(row))
        {
            if (country.Subdivision(Subdivisions.Code(row)) is { } set)
            {
                return set;
            }
        }

        var enclosed = country.Subdivisions.Where(s => Encloses(code, s.Code)).Select(s => s.Code).ToArray();
        if (enclosed.Length > 0)
        {
            int self = Subdivisions.FindCode(code);
            int children = Enumerable.Range(0, Subdivisions.Count).Count(r => Subdivisions.Parent(r) == self);
            if (enclosed.Length == 1 && children == 1)
            {
                return country.Subdivision(enclosed[0]);
            }

            problem = $"the holidays differ within {code}: {string.Join(", ", enclosed)} have their own; ask for one of its subdivisions";
            return null;
        }

        if (country.UnlistedSubdivisionsFollowNational)
        {
            return country.National;
        }

        problem = $"the built-in data for {country.Code} covers the country and {string.Join(", ", country.Subdivisions.Select(s => s.Code))}, not {code}";
        return null;
    }

    /// <summary>
    /// The message for a valid jurisdiction without built-in holidays (KPO0009, and the run time's
    /// <c>HolidayDataUnavailableException</c>): why (<paramref name="problem"/>, from <see cref="Resolve"/>),
    /// what is covered in its country and which countries are covered, and what to do instead.
    /// </summary>
    public static string DescribeUnavailable(JurisdictionId id, string? problem)
    {
        string code = Jurisdictions.Format(id);
        string name = id.HasSubdivision ? Subdivisions.Name(id.Subdivision) : Codes.Countries.Name(id.Country);
        string alpha2 = Codes.Countries.Alpha2(id.Country);
        string sameCountry = string.Join(", ", CoveredCodes().Where(c => c == alpha2 || c.StartsWith(alpha2 + "-", StringComparison.Ordinal)));
        return $"There are no built-in holidays for {code} ({name}): {problem}. "
            + (sameCountry.Length > 0 ? $"Covered in {alpha2}: {sameCountry}. " : string.Empty)
            + $"Countries covered: {string.Join(", ", Countries)} (docs/holidays.md). Read the holidays from an iCalendar file with FromICalendar, or list them with Empty.With(date, name).";
    }

    /// <summary>The codes with their own data: every country, then its listed subdivisions.</summary>
    public static IEnumerable<string> CoveredCodes() =>
        Countries.SelectMany(c => new[] { c }.Concat(Country(c)!.Subdivisions.Select(s => s.Code)));

    private static bool Encloses(string outer, string inner)
    {
        for (int row = Subdivisions.Parent(Subdivisions.FindCode(inner)); row >= 0; row = Subdivisions.Parent(row))
        {
            if (string.Equals(Subdivisions.Code(row), outer, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
