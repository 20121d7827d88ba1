namespace KpoSdk.DataTool.ServiceLines;

/// <summary>Generates <c>KpoSdk.ServiceLine</c> from tools/data/service-lines.json.</summary>
public sealed class ServiceLineEnumGenerator : TableGenerator
{
    public override string OutputPath => "src/KpoSdk.Knowledge/Generated/ServiceLine.g.cs";

    public override string Generate(DataDirectory data) =>
        EnumFile.Write(
            nameof(ServiceLineEnumGenerator),
            "tools/data/" + ServiceLineData.FileName,
            "ServiceLine",
            "A knowledge-process service a provider delivers to a client. The values are stable; each line's facts (category, personal data, credentials, signing act) are in the knowledge base.",
            ServiceLineData.Read(data).Lines.Select(l => (l.Name, l.Value, Doc(l))));

    private static string Doc(ServiceLineRow line)
    {
        var facts = new List<string>();
        if (line.HandlesPersonalData)
        {
            facts.Add("handles personal data");
        }

        if (line.IsSigningAct)
        {
            facts.Add("a signing act reserved to professionals licensed in the client jurisdiction");
        }

        return facts.Count == 0
            ? $"{line.Title}: {line.Description}"
            : $"{line.Title}: {line.Description} ({line.Category}; {string.Join("; ", facts)}.)";
    }
}
