using KpoSdk.Generators.Helpers;

namespace KpoSdk.Generators.Models;

/// <summary>
/// Everything the generator emits for one contract type, parsed and validated: plain values
/// only (no symbols, syntax or locations), so that equal declarations give equal models.
/// </summary>
/// <param name="Type">The declared type.</param>
/// <param name="Service">The <c>ServiceLine</c> member name, e.g. <c>TaxPreparation</c>.</param>
/// <param name="Client">The client jurisdiction.</param>
/// <param name="DeliveredFrom">The delivery jurisdictions, primary first.</param>
/// <param name="Coverage">The coverage window.</param>
/// <param name="Response">The response target, or null.</param>
/// <param name="Resolution">The resolution target, or null.</param>
/// <param name="Credentials">The required credentials in declaration order.</param>
/// <param name="Languages">The required languages in declaration order.</param>
/// <param name="Safeguards">The <c>Safeguard</c> member names declared in place, in declaration order.</param>
/// <param name="Fallback">
/// Null for a valid declaration. Otherwise the declaration has errors and the model only shapes
/// the members (which targets exist, whether a time is a <c>Duration</c> or a <c>Period</c>): the
/// part is emitted with members that throw, and this is the error IDs reported ("KPO0005, KPO0004").
/// </param>
internal sealed record ContractModel(
    ContractType Type,
    string Service,
    JurisdictionModel Client,
    EquatableArray<JurisdictionModel> DeliveredFrom,
    CoverageModel Coverage,
    TargetModel? Response,
    TargetModel? Resolution,
    EquatableArray<CredentialModel> Credentials,
    EquatableArray<LanguageModel> Languages,
    EquatableArray<string> Safeguards,
    string? Fallback = null);
