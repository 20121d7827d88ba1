namespace KpoSdk.Generators.Models;

/// <summary>A validated language requirement.</summary>
/// <param name="Code">The canonical ISO 639 code, e.g. <c>en</c>.</param>
/// <param name="Name">The ISO 639-3 reference name, for documentation.</param>
/// <param name="Level">The <c>CefrLevel</c> member name.</param>
internal sealed record LanguageModel(string Code, string Name, string Level);
