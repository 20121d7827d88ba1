using KpoSdk.DataTool.Tables;

namespace KpoSdk.DataTool.ServiceLines;

/// <summary>Writes a public enum of namespace KpoSdk with explicit values and an XML doc per member.</summary>
internal static class EnumFile
{
    public static string Write(string generator, string source, string name, string summary, IEnumerable<(string Name, int Value, string Doc)> members)
    {
        var file = new CSharpWriter(generator, source)
            .Line("namespace KpoSdk;")
            .Line()
            .Line($"/// <summary>{Json.Xml(summary)}</summary>")
            .Line($"public enum {name}")
            .Line("{");
        bool first = true;
        foreach (var member in members.OrderBy(m => m.Value))
        {
            if (!first)
            {
                file.Line();
            }

            first = false;
            file.Line($"    /// <summary>{Json.Xml(member.Doc)}</summary>")
                .Line($"    {member.Name} = {CSharpWriter.Int(member.Value)},");
        }

        return file.Line("}").ToString();
    }
}
