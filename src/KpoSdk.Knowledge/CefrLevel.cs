namespace KpoSdk;

/// <summary>
/// A proficiency level of the Common European Framework of Reference for Languages, from
/// <see cref="A1"/> (breakthrough) to <see cref="C2"/> (mastery). Levels are ordered: a higher
/// value satisfies every requirement for a lower one.
/// </summary>
public enum CefrLevel
{
    /// <summary>Breakthrough: understands and uses familiar everyday expressions.</summary>
    A1 = 1,

    /// <summary>Waystage: communicates in simple and routine tasks.</summary>
    A2 = 2,

    /// <summary>Threshold: deals with most situations likely to arise at work on familiar matters.</summary>
    B1 = 3,

    /// <summary>Vantage: interacts with fluency with native speakers; writes clear, detailed text.</summary>
    B2 = 4,

    /// <summary>Effective operational proficiency: uses language flexibly for professional purposes.</summary>
    C1 = 5,

    /// <summary>Mastery: understands virtually everything; expresses fine shades of meaning.</summary>
    C2 = 6,
}
