using KpoSdk.DataTool.ServiceLines;
using KpoSdk.DataTool.Tables;

namespace KpoSdk.DataTool.Credentials;

/// <summary>Generates the internal table of credential kinds, their granting and qualifying jurisdictions, from tools/data/credentials.json.</summary>
public sealed class CredentialTableGenerator : TableGenerator
{
    public override string OutputPath => "src/KpoSdk.Knowledge/Generated/CredentialTable.g.cs";

    public override string Generate(DataDirectory data)
    {
        var credentials = CredentialData.Read(data, ServiceLineData.Read(data)).Credentials.OrderBy(c => c.Value).ToArray();
        var file = new CSharpWriter(nameof(CredentialTableGenerator), "tools/data/" + CredentialData.FileName)
            .Line("#nullable enable")
            .Line()
            .Line("namespace KpoSdk.Knowledge.Credentials;")
            .Line()
            .Line("/// <summary>Every <see cref=\"CredentialKind\"/> with who grants it and where it qualifies, in order of value.</summary>")
            .Line("internal static class CredentialTable")
            .Line("{")
            .Line($"    public const int Count = {CSharpWriter.Int(credentials.Length)};")
            .Line()
            .Line("    public static readonly CredentialInfo[] Rows =")
            .Line("    [");
        foreach (var c in credentials)
        {
            file.Line($"        new(CredentialKind.{c.Name}, {CSharpWriter.Literal(c.Title)}, {CSharpWriter.Literal(c.Issuer)}, {CSharpWriter.Literals(c.GrantedBy)}, GrantingLevel.{Pascal(c.GrantingLevel)},")
                .Line("            [");
            foreach (var q in c.Qualifies)
            {
                string services = "[" + string.Join(", ", q.Services.Select(s => "ServiceLine." + s.Name)) + "]";
                string grantedIn = q.GrantedIn.Count == 0 ? "" : $", {CSharpWriter.Literals(q.GrantedIn)}";
                file.Line($"                new({CSharpWriter.Literals(q.Jurisdictions)}, {services}, QualificationBasis.{Pascal(q.Basis)}, {CSharpWriter.Literal(q.Note)}{grantedIn}),");
            }

            file.Line("            ],")
                .Line($"            {CSharpWriter.Literal(c.Source)}),");
        }

        return file.Line("    ];").Line("}").ToString();
    }

    private static string Pascal(string word) => char.ToUpperInvariant(word[0]) + word.Substring(1);
}
