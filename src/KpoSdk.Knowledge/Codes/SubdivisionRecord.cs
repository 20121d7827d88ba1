namespace KpoSdk.Knowledge.Codes;

/// <summary>One row of the generated ISO 3166-2 table.</summary>
internal readonly struct SubdivisionRecord(string code, string name, string type, string? parent)
{
    /// <summary>The full code, e.g. "US-NY".</summary>
    public string Code { get; } = code;

    public string Name { get; } = name;

    /// <summary>The ISO 3166-2 category, e.g. "State", "Province", "Autonomous republic".</summary>
    public string Type { get; } = type;

    /// <summary>The full code of the enclosing subdivision, e.g. "GB-SCT"; null for a top-level one.</summary>
    public string? Parent { get; } = parent;
}
