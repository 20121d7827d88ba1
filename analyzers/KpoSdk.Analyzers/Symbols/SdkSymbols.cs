using Microsoft.CodeAnalysis;

namespace KpoSdk.Analyzers.Symbols;

/// <summary>
/// The SDK types the analyzers look for, resolved once per compilation. Null members are types the
/// compilation does not see (an older SDK, or a project without one of them); every check that
/// needs a type skips when it is missing.
/// </summary>
internal sealed class SdkSymbols
{
    private SdkSymbols(Compilation compilation)
    {
        ServiceLevelContract = compilation.GetTypeByMetadataName("KpoSdk.Contracts.ServiceLevelContractAttribute");
        CoverageWindow = compilation.GetTypeByMetadataName("KpoSdk.Contracts.CoverageWindowAttribute");
        ResponseTime = compilation.GetTypeByMetadataName("KpoSdk.Contracts.ResponseTimeAttribute");
        ResolutionTime = compilation.GetTypeByMetadataName("KpoSdk.Contracts.ResolutionTimeAttribute");
        RequiresCredential = compilation.GetTypeByMetadataName("KpoSdk.Contracts.RequiresCredentialAttribute");
        RequiresLanguage = compilation.GetTypeByMetadataName("KpoSdk.Contracts.RequiresLanguageAttribute");
        ServiceOffering = compilation.GetTypeByMetadataName("KpoSdk.Contracts.ServiceOfferingAttribute");
        Country = compilation.GetTypeByMetadataName("KpoSdk.Country");
        Jurisdiction = compilation.GetTypeByMetadataName("KpoSdk.Jurisdiction");
        Language = compilation.GetTypeByMetadataName("KpoSdk.Language");
        LanguageRequirement = compilation.GetTypeByMetadataName("KpoSdk.LanguageRequirement");
        ServiceLine = compilation.GetTypeByMetadataName("KpoSdk.ServiceLine");
        WeeklyHours = compilation.GetTypeByMetadataName("KpoSdk.Time.WeeklyHours");
        BusinessCalendar = compilation.GetTypeByMetadataName("KpoSdk.Time.BusinessCalendar");
        HoursOverride = compilation.GetTypeByMetadataName("KpoSdk.Time.HoursOverride");
        RuleSet = compilation.GetTypeByMetadataName("KpoSdk.Rules.RuleSet");
        LocalDate = compilation.GetTypeByMetadataName("NodaTime.LocalDate");
        KpoSdkAssembly = Country?.ContainingAssembly;
    }

    public INamedTypeSymbol? ServiceLevelContract { get; }

    public INamedTypeSymbol? CoverageWindow { get; }

    public INamedTypeSymbol? ResponseTime { get; }

    public INamedTypeSymbol? ResolutionTime { get; }

    public INamedTypeSymbol? RequiresCredential { get; }

    public INamedTypeSymbol? RequiresLanguage { get; }

    public INamedTypeSymbol? ServiceOffering { get; }

    public INamedTypeSymbol? Country { get; }

    public INamedTypeSymbol? Jurisdiction { get; }

    public INamedTypeSymbol? Language { get; }

    public INamedTypeSymbol? LanguageRequirement { get; }

    public INamedTypeSymbol? ServiceLine { get; }


    public INamedTypeSymbol? WeeklyHours { get; }

    public INamedTypeSymbol? BusinessCalendar { get; }

    public INamedTypeSymbol? HoursOverride { get; }

    public INamedTypeSymbol? RuleSet { get; }

    public INamedTypeSymbol? LocalDate { get; }

    /// <summary>The runtime assembly (KpoSdk.dll) the compilation references.</summary>
    public IAssemblySymbol? KpoSdkAssembly { get; }

    /// <summary>The symbols of <paramref name="compilation"/>, or null when it does not reference the KpoSdk runtime at all.</summary>
    public static SdkSymbols? Create(Compilation compilation)
    {
        var symbols = new SdkSymbols(compilation);
        return symbols.Country is null ? null : symbols;
    }

    public static bool Is(ISymbol? symbol, INamedTypeSymbol? type) =>
        type is not null && SymbolEqualityComparer.Default.Equals(symbol, type);
}
