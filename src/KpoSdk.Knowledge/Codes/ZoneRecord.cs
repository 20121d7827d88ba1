namespace KpoSdk.Knowledge.Codes;

/// <summary>One IANA time-zone ID of the generated zone table.</summary>
internal readonly struct ZoneRecord(string id, string? canonical)
{
    public string Id { get; } = id;

    /// <summary>The canonical ID when <see cref="Id"/> is an alias ("Asia/Calcutta" → "Asia/Kolkata"); null when it is canonical.</summary>
    public string? Canonical { get; } = canonical;
}
