using KpoSdk.Documents.Reading;
using KpoSdk.Serialization;

namespace KpoSdk.Tests.Documents;

/// <summary>
/// What the analyzers' document reader (in KpoSdk.Knowledge, which cannot see the runtime's types)
/// copies from the runtime stays equal to it: the names of the runtime's enums a document holds,
/// and the default limits.
/// </summary>
public sealed class DocumentReaderCopiesTests
{
    [Fact]
    public void The_enum_names_are_the_runtimes()
    {
        Assert.Equal(Enum.GetNames<EducationLevel>(), DocumentNames.EducationLevels);
        Assert.Equal(Enum.GetNames<EngagementModel>(), DocumentNames.EngagementModels);
        Assert.Equal(nameof(EngagementModel.ThirdParty), DocumentNames.EngagementModels[DocumentNames.ThirdParty]);
    }

    [Fact]
    public void The_default_limits_are_the_runtimes()
    {
        var runtime = JsonLimits.Default;
        var analyzers = DocumentLimits.Default;

        Assert.Equal(runtime.MaxDocumentBytes, analyzers.MaxCharacters);
        Assert.Equal(runtime.MaxDepth, analyzers.MaxDepth);
        Assert.Equal(runtime.MaxStringLength, analyzers.MaxStringLength);
        Assert.Equal(runtime.MaxArrayLength, analyzers.MaxArrayLength);
    }
}
