namespace KpoSdk.DataTool.Tables;

/// <summary>The data files the table generators read, with the versions LICENSES.md names.</summary>
internal static class DataSources
{
    public const string IsoCodes = "Debian iso-codes 4.15.0";

    public const string Cldr = "CLDR 41 (Debian unicode-cldr-core 41)";

    public const string Countries = "iso_3166-1.json";

    public const string Subdivisions = "iso_3166-2.json";

    public const string WithdrawnCountries = "iso_3166-3.json";

    public const string Languages = "iso_639-3.json";

    public const string CldrSupplemental = "supplementalData.xml";
}
