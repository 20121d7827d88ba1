namespace KpoSdk.Knowledge.Holidays;

/// <summary>A cited source of holiday facts: a statute, gazette or official list, with why its facts may be used.</summary>
internal sealed class HolidaySource(string id, string title, string publisher, string url, string licence)
{
    public string Id { get; } = id;

    public string Title { get; } = title;

    public string Publisher { get; } = publisher;

    public string Url { get; } = url;

    public string Licence { get; } = licence;
}
