using System.ComponentModel;

namespace KpoSdk.Contracts;

/// <summary>
/// Lists the contract types of an assembly, so that other assemblies can find them
/// (<see cref="ServiceLevelContracts.Of(System.Reflection.Assembly)"/>). The KpoSdk generator
/// writes it, once per assembly that declares contracts; user code does not.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ServiceLevelContractTypesAttribute : Attribute
{
    /// <summary>Lists <paramref name="types"/>.</summary>
    /// <param name="types">The assembly's contract types, ordered by full name.</param>
    public ServiceLevelContractTypesAttribute(params Type[] types)
    {
        Types = types ?? [];
    }

    /// <summary>Gets the contract types.</summary>
    public IReadOnlyList<Type> Types { get; }
}
