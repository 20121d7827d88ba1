namespace KpoSdk.DataTool.Holidays;

/// <summary>One checked country file of tools/data/holidays.</summary>
internal sealed record HolidayFile(
    string FileName,
    string Country,
    string CountryName,
    string? Notes,
    bool UnlistedFollowNational,
    IReadOnlyList<HolidaySourceRow> Sources,
    IReadOnlyList<HolidayRow> National,
    IReadOnlyList<SubdivisionRow> Subdivisions);

internal sealed record HolidaySourceRow(string Id, string Title, string Publisher, string Url, string Licence, string Verified);

/// <summary>A checked holiday entry; <see cref="RuleText"/> is the compact rule form KpoSdk.Knowledge reads.</summary>
internal sealed record HolidayRow(
    string Id,
    string Name,
    string? LocalName,
    string RuleText,
    string RuleDescription,
    TableRange? Table,
    string? Observed,
    bool Optional,
    int? From,
    int? To,
    string? OverridesText,
    IReadOnlyList<string> Sources,
    string? Notes);

/// <summary>The known years of a tabulated rule: <see cref="From"/> null when earlier years have no occurrence.</summary>
internal sealed record TableRange(int? From, int Through, IReadOnlyList<int> Years);

internal sealed record SubdivisionRow(string Code, string Name, IReadOnlyList<ExcludeRow> Exclude, IReadOnlyList<HolidayRow> Holidays);

internal sealed record ExcludeRow(string Id, string Reason, IReadOnlyList<string> Sources);
