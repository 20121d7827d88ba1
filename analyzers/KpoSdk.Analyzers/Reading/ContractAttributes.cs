using KpoSdk.Analyzers.Symbols;
using Microsoft.CodeAnalysis;

namespace KpoSdk.Analyzers.Reading;

/// <summary>The KpoSdk contract attributes applied to one type, found in one pass over its attributes.</summary>
internal sealed class ContractAttributes
{
    private ContractAttributes()
    {
    }

    public AttributeData? Contract { get; private set; }

    public AttributeData? CoverageWindow { get; private set; }

    public AttributeData? ResponseTime { get; private set; }

    public AttributeData? ResolutionTime { get; private set; }

    public List<AttributeData> Credentials { get; } = [];

    public List<AttributeData> Languages { get; } = [];

    public bool IsEmpty => Contract is null && CoverageWindow is null && ResponseTime is null && ResolutionTime is null && Credentials.Count == 0 && Languages.Count == 0;

    /// <summary>The attributes of <paramref name="type"/>, or null when it carries none of them (the common case, decided without allocating).</summary>
    public static ContractAttributes? Read(INamedTypeSymbol type, SdkSymbols sdk)
    {
        ContractAttributes? found = null;
        foreach (var attribute in type.GetAttributes())
        {
            var cls = attribute.AttributeClass;
            if (cls is null || !SymbolEqualityComparer.Default.Equals(cls.ContainingAssembly, sdk.KpoSdkAssembly))
            {
                continue;
            }

            found ??= new ContractAttributes();
            if (SdkSymbols.Is(cls, sdk.ServiceLevelContract))
            {
                found.Contract ??= attribute;
            }
            else if (SdkSymbols.Is(cls, sdk.CoverageWindow))
            {
                found.CoverageWindow ??= attribute;
            }
            else if (SdkSymbols.Is(cls, sdk.ResponseTime))
            {
                found.ResponseTime ??= attribute;
            }
            else if (SdkSymbols.Is(cls, sdk.ResolutionTime))
            {
                found.ResolutionTime ??= attribute;
            }
            else if (SdkSymbols.Is(cls, sdk.RequiresCredential))
            {
                found.Credentials.Add(attribute);
            }
            else if (SdkSymbols.Is(cls, sdk.RequiresLanguage))
            {
                found.Languages.Add(attribute);
            }
        }

        return found is { IsEmpty: false } ? found : null;
    }
}
