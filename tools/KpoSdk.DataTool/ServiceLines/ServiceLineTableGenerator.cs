using KpoSdk.DataTool.Tables;

namespace KpoSdk.DataTool.ServiceLines;

/// <summary>Generates the internal table of service-line facts from tools/data/service-lines.json.</summary>
public sealed class ServiceLineTableGenerator : TableGenerator
{
    public override string OutputPath => "src/KpoSdk.Knowledge/Generated/ServiceLineTable.g.cs";

    public override string Generate(DataDirectory data)
    {
        var lines = ServiceLineData.Read(data).Lines.OrderBy(l => l.Value).ToArray();
        var credentials = Credentials.CredentialData.Read(data, ServiceLineData.Read(data)).Credentials.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var file = new CSharpWriter(nameof(ServiceLineTableGenerator), "tools/data/" + ServiceLineData.FileName)
            .Line("namespace KpoSdk.Knowledge.Services;")
            .Line()
            .Line("/// <summary>The facts of every <see cref=\"ServiceLine\"/>, in order of value.</summary>")
            .Line("internal static class ServiceLineTable")
            .Line("{")
            .Line($"    public const int Count = {CSharpWriter.Int(lines.Length)};")
            .Line()
            .Line("    // value, title, category, handles personal data, needs regulation familiarity, signing act, qualifying credentials, description, requirements of some client jurisdictions")
            .Line("    public static readonly ServiceLineInfo[] Rows =")
            .Line("    [");
        foreach (var line in lines)
        {
            foreach (string credential in line.NeedsCredential.Concat(line.NeedsCredentialIn.SelectMany(r => r.AnyOf)))
            {
                if (!credentials.Contains(credential))
                {
                    throw new InvalidDataException($"{ServiceLineData.FileName}: service line '{line.Name}' names the unknown credential '{credential}'.");
                }
            }

            string kinds = "[" + string.Join(", ", line.NeedsCredential.Select(c => "CredentialKind." + c)) + "]";
            string within = line.NeedsCredentialIn.Count == 0
                ? ""
                : ", [" + string.Join(", ", line.NeedsCredentialIn.Select(r =>
                    $"new({CSharpWriter.Literals(r.Jurisdictions)}, [{string.Join(", ", r.AnyOf.Select(c => "CredentialKind." + c))}], {CSharpWriter.Literal(r.Source)})")) + "]";
            file.Line($"        new(ServiceLine.{line.Name}, {CSharpWriter.Literal(line.Title)}, ServiceCategory.{line.Category}, {Bool(line.HandlesPersonalData)}, {Bool(line.NeedsRegulationFamiliarity)}, {Bool(line.IsSigningAct)}, {kinds}, {CSharpWriter.Literal(line.Description)}{within}),");
        }

        return file.Line("    ];").Line("}").ToString();
    }

    private static string Bool(bool value) => value ? "true" : "false";
}
