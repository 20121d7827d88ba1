namespace KpoSdk.Knowledge.Holidays;

/// <summary>Whether a holiday closes offices (<c>public</c>) or is one that people may choose to take (<c>optional</c>: India's restricted holidays, part-day or community holidays).</summary>
internal enum HolidayKind
{
    /// <summary>A public holiday: closed.</summary>
    Public,

    /// <summary>An optional or restricted holiday: not closed unless asked for.</summary>
    Optional,
}
