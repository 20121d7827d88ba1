using KpoSdk.DataTool.ServiceLines;

namespace KpoSdk.DataTool.Rules;

/// <summary>Generates <c>KpoSdk.DataTransferMechanism</c> from the mechanisms of tools/data/rules.json.</summary>
public sealed class DataTransferMechanismEnumGenerator : TableGenerator
{
    public override string OutputPath => "src/KpoSdk.Knowledge/Generated/DataTransferMechanism.g.cs";

    public override string Generate(DataDirectory data) =>
        EnumFile.Write(
            nameof(DataTransferMechanismEnumGenerator),
            "tools/data/" + RuleData.FileName,
            "DataTransferMechanism",
            "A legal mechanism in place for transferring personal data out of a jurisdiction; the data-transfer rules (KPO1003) say which combinations satisfy them.",
            RuleData.Read(data).Mechanisms.Select(m => (m.Name, m.Value, m.Description)));
}
