namespace KpoSdk.Documents.Reading;

/// <summary>
/// The names of the enums a document holds, as its readers accept them (in any case). Service
/// lines, credential kinds and safeguards are the knowledge base's own enums; education levels and
/// engagement models are the runtime's, whose names are copied here (a runtime test keeps them equal).
/// </summary>
internal static class DocumentNames
{
    public static readonly string[] ServiceLines = Enum.GetNames(typeof(ServiceLine));

    public static readonly ServiceLine[] ServiceLineValues = (ServiceLine[])Enum.GetValues(typeof(ServiceLine));

    public static readonly string[] CredentialKinds = Enum.GetNames(typeof(CredentialKind));

    public static readonly CredentialKind[] CredentialKindValues = (CredentialKind[])Enum.GetValues(typeof(CredentialKind));

    public static readonly string[] Safeguards = Enum.GetNames(typeof(Safeguard));

    public static readonly Safeguard[] SafeguardValues = (Safeguard[])Enum.GetValues(typeof(Safeguard));

    /// <summary>The names of <c>KpoSdk.EducationLevel</c>, in the order of its values.</summary>
    public static readonly string[] EducationLevels = ["SecondarySchool", "Associate", "Bachelor", "Master", "Doctorate", "BachelorOfLaws", "JurisDoctor", "MasterOfLaws"];

    /// <summary>The names of <c>KpoSdk.EngagementModel</c>, in the order of its values.</summary>
    public static readonly string[] EngagementModels = ["ThirdParty", "Captive"];

    /// <summary>The index of <c>ThirdParty</c> in <see cref="EngagementModels"/>: binding corporate rules do not count in it.</summary>
    public const int ThirdParty = 0;
}
