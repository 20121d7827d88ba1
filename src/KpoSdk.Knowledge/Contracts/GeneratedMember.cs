namespace KpoSdk.Knowledge.Contracts;

/// <summary>
/// A member the generator declares in a contract's partial part. The generator and the analyzers
/// read this one list, so a contract whose own members would clash with the generated part is
/// skipped by the one and explained by the other (KPO9004).
/// </summary>
internal sealed class GeneratedMember
{
    public GeneratedMember(string name, params string[]? parameterTypes)
    {
        Name = name;
        ParameterTypes = parameterTypes;
    }

    public string Name { get; }

    /// <summary>
    /// The parameter types of a method, fully qualified with <c>global::</c>; null for a field or a
    /// property, which no member of the same name can sit beside.
    /// </summary>
    public string[]? ParameterTypes { get; }

    public bool IsMethod => ParameterTypes is not null;
}
