namespace KpoSdk.Contracts;

/// <summary>
/// A language the staff who deliver the contract must command at a minimum CEFR level; repeat the
/// attribute for several languages.
/// </summary>
/// <example><c>[RequiresLanguage("en", CefrLevel.C1)]</c></example>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
public sealed class RequiresLanguageAttribute : Attribute
{
    /// <summary>Requires <paramref name="language"/> at <paramref name="minimumLevel"/> or above.</summary>
    /// <param name="language">
    /// An ISO 639 code as <see cref="KpoSdk.Language.Parse(string)"/> reads it: ISO 639-1
    /// (<c>"en"</c>), ISO 639-3 (<c>"eng"</c>, <c>"fil"</c>) or ISO 639-2/B (<c>"ger"</c>), any case.
    /// </param>
    /// <param name="minimumLevel">The lowest CEFR level that meets the requirement, <see cref="CefrLevel.A1"/> to <see cref="CefrLevel.C2"/>.</param>
    public RequiresLanguageAttribute(string language, CefrLevel minimumLevel)
    {
        Language = language;
        MinimumLevel = minimumLevel;
    }

    /// <summary>Gets the language code as written.</summary>
    public string Language { get; }

    /// <summary>Gets the lowest CEFR level that meets the requirement.</summary>
    public CefrLevel MinimumLevel { get; }
}
