using KpoSdk.Knowledge.Codes;
using KpoSdk.Knowledge.Contracts;
using KpoSdk.Knowledge.Text;
using Microsoft.CodeAnalysis;

namespace KpoSdk.Roslyn.Reading;

/// <summary>A <c>[CoverageWindow]</c>: the canonical zone ID when the zone is known, the hours when they parse.</summary>
/// <param name="Attribute">The attribute.</param>
/// <param name="ZoneId">The canonical IANA zone ID, or null when the zone is missing or unknown.</param>
/// <param name="ZoneText">The zone as written, or null when it is missing.</param>
/// <param name="Hours">The parsed weekly hours, or null when missing or malformed.</param>
/// <param name="Holidays">The jurisdiction whose built-in holidays close the window (<c>Holidays = "US-NY"</c>), or null when none is named or it is invalid.</param>
internal sealed record CoverageDeclaration(AttributeData Attribute, string? ZoneId, string? ZoneText, WeeklyHoursModel? Hours, JurisdictionId? Holidays = null);

/// <summary>A <c>[ResponseTime]</c> or <c>[ResolutionTime]</c> that reads cleanly.</summary>
/// <param name="Attribute">The attribute.</param>
/// <param name="Target">The amount on its clock.</param>
/// <param name="Warnings">The warning thresholds in percent, ascending.</param>
internal sealed record TargetDeclaration(AttributeData Attribute, ContractTarget Target, int[] Warnings);

/// <summary>A <c>[RequiresCredential]</c> whose kind is defined and whose <c>GrantedIn</c>, when set, is a jurisdiction.</summary>
/// <param name="Attribute">The attribute.</param>
/// <param name="Kind">The credential kind.</param>
/// <param name="GrantedIn">The jurisdiction that must have granted it, or null for anywhere.</param>
internal sealed record CredentialDeclaration(AttributeData Attribute, CredentialKind Kind, JurisdictionId? GrantedIn);

/// <summary>A <c>[RequiresLanguage]</c> whose code is known (the level may still be undefined: <see cref="Level"/> is then null).</summary>
/// <param name="Attribute">The attribute.</param>
/// <param name="Row">The language's row in the knowledge tables.</param>
/// <param name="Code">The code as written.</param>
/// <param name="Level">The CEFR level, or null when it names no level.</param>
internal sealed record LanguageDeclaration(AttributeData Attribute, int Row, string Code, CefrLevel? Level);

/// <summary>One delivery jurisdiction of <c>DeliveredFrom</c> and where its code is in the text.</summary>
/// <param name="Id">The jurisdiction.</param>
/// <param name="Start">Index of its code in the value.</param>
/// <param name="Length">Length of its code.</param>
internal readonly record struct SpannedJurisdiction(JurisdictionId Id, int Start, int Length);
