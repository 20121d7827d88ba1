namespace KpoSdk.DataTool.ServiceLines;

/// <summary>Generates <c>KpoSdk.ServiceCategory</c> from tools/data/service-lines.json.</summary>
public sealed class ServiceCategoryEnumGenerator : TableGenerator
{
    public override string OutputPath => "src/KpoSdk.Knowledge/Generated/ServiceCategory.g.cs";

    public override string Generate(DataDirectory data) =>
        EnumFile.Write(
            nameof(ServiceCategoryEnumGenerator),
            "tools/data/" + ServiceLineData.FileName,
            "ServiceCategory",
            "The category a service line belongs to.",
            ServiceLineData.Read(data).Categories.Select(c => (c.Name, c.Value, c.Description)));
}
