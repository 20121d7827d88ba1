namespace KpoSdk.Knowledge.Codes;

/// <summary>
/// The text form of a jurisdiction: a country code alone ("US", "USA", "840") or an ISO 3166-2
/// subdivision code ("US-NY"), any ASCII case.
/// </summary>
/// <remarks>
/// A subdivision code always starts with the alpha-2 code, as ISO 3166-2 writes it: "USA-NY"
/// and "840-NY" are rejected (with "US-NY" suggested), so every
/// subdivision has exactly one text form. A whole country accepts the same three forms as
/// <see cref="Countries.TryFind"/>; <see cref="Format"/> writes its alpha-2 code.
/// </remarks>
internal static partial class Jurisdictions
{
    /// <summary>Parses "US", "USA", "840" or "US-NY" (any case) without allocating. Never throws.</summary>
    public static bool TryParse(string? text, out JurisdictionId id)
    {
        id = default;
        if (text is null)
        {
            return false;
        }

        int length = text.Length;
        if (length <= 3)
        {
            if (!Countries.TryFind(text, out int country))
            {
                return false;
            }

            id = new JurisdictionId(country);
            return true;
        }

        if (length > 6 || text[2] != '-')
        {
            return false;
        }

        int row = Subdivisions.FindCode(text);
        if (row < 0)
        {
            return false;
        }

        id = new JurisdictionId(Subdivisions.CountryOf(row), row);
        return true;
    }

    /// <summary>The canonical text form: the subdivision code ("US-NY") or the country's alpha-2 code ("US").</summary>
    public static string Format(JurisdictionId id) =>
        id.HasSubdivision ? Subdivisions.Code(id.Subdivision) : Countries.Alpha2(id.Country);
}
