using KpoSdk.DataTool.ServiceLines;

namespace KpoSdk.DataTool.Credentials;

/// <summary>Generates <c>KpoSdk.CredentialKind</c> from tools/data/credentials.json.</summary>
public sealed class CredentialKindEnumGenerator : TableGenerator
{
    public override string OutputPath => "src/KpoSdk.Knowledge/Generated/CredentialKind.g.cs";

    public override string Generate(DataDirectory data) =>
        EnumFile.Write(
            nameof(CredentialKindEnumGenerator),
            "tools/data/" + CredentialData.FileName,
            "CredentialKind",
            "A kind of professional credential. Who grants it and for which work in which jurisdictions it counts is in the knowledge base.",
            CredentialData.Read(data, ServiceLineData.Read(data)).Credentials.Select(c => (c.Name, c.Value, $"{c.Title}, granted by {Lower(c.Issuer)}.")));

    private static string Lower(string issuer) => issuer.Length > 1 && char.IsUpper(issuer[0]) && char.IsLower(issuer[1]) && issuer.StartsWith("The ", StringComparison.Ordinal)
        ? "t" + issuer.Substring(1)
        : issuer;
}
