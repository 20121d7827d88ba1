using KpoSdk.Knowledge.Regions;

namespace KpoSdk;

/// <summary>
/// A UN M49 geographic area that contains countries: one of the five regions (Africa, Americas,
/// Asia, Europe, Oceania) or one of their sub-regions (Eastern Europe, Southern Asia, …), as CLDR's
/// territory containment lays them out. CLDR uses M49's intermediate regions in Africa and the
/// Americas (Central America, Caribbean, South America; Western, Middle, Eastern and Southern
/// Africa) and adds Outlying Oceania (<c>QO</c>) for Antarctica and remote islands.
/// </summary>
/// <param name="Code">The M49 code, three digits (<c>"151"</c> for Eastern Europe), or CLDR's <c>"QO"</c>.</param>
/// <param name="Name">The English name, e.g. <c>"Eastern Europe"</c>.</param>
public readonly record struct GeographicRegion(string Code, string Name)
{
    /// <summary>Gets the region (continent) of a country, e.g. Europe for Poland.</summary>
    /// <exception cref="InvalidOperationException"><paramref name="country"/> is <c>default(Country)</c>.</exception>
    public static GeographicRegion RegionOf(Country country) => Area(CountryRegionTable.Regions[2 * country.Row]);

    /// <summary>Gets the sub-region of a country, e.g. Eastern Europe for Poland and Western Europe for Germany.</summary>
    /// <exception cref="InvalidOperationException"><paramref name="country"/> is <c>default(Country)</c>.</exception>
    public static GeographicRegion SubRegionOf(Country country) => Area(CountryRegionTable.Regions[(2 * country.Row) + 1]);

    /// <summary>Returns the name and code, e.g. <c>"Eastern Europe (151)"</c>.</summary>
    public override string ToString() => $"{Name} ({Code})";

    private static GeographicRegion Area(int index) => new(CountryRegionTable.AreaCodes[index], CountryRegionTable.AreaNames[index]);
}
