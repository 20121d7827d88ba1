using KpoSdk.Generators.Models;
using KpoSdk.Knowledge.Codes;
using Microsoft.CodeAnalysis;

namespace KpoSdk.Generators.Reading;

/// <summary>Reads <c>[RequiresCredential(kind, GrantedIn = …)]</c> and <c>[RequiresLanguage(code, level)]</c>.</summary>
internal static class RequirementReader
{
    public static CredentialModel? ReadCredential(AttributeData attribute)
    {
        if (ContractAttributes.Argument(attribute, 0) is not int kind
            || !Knowledge.Credentials.Credentials.IsDefined((CredentialKind)kind)
            || !ContractAttributes.TryGetNamed(attribute, "GrantedIn", out object? grantedIn))
        {
            return null;
        }

        if (grantedIn is null)
        {
            return new CredentialModel(((CredentialKind)kind).ToString(), null);
        }

        return JurisdictionReader.Read(grantedIn) is { } jurisdiction
            ? new CredentialModel(((CredentialKind)kind).ToString(), jurisdiction)
            : null;
    }

    public static LanguageModel? ReadLanguage(AttributeData attribute)
    {
        if (ContractAttributes.Argument(attribute, 0) is not string code
            || ContractAttributes.Argument(attribute, 1) is not int level
            || level < (int)CefrLevel.A1
            || level > (int)CefrLevel.C2
            || !Languages.TryFind(code, out int row))
        {
            return null;
        }

        return new LanguageModel(Languages.Code(row), Languages.Name(row), ((CefrLevel)level).ToString());
    }
}
