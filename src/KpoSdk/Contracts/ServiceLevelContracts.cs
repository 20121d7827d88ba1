using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace KpoSdk.Contracts;

/// <summary>
/// The service-level contracts declared in assemblies: an application that references a library
/// of contracts lists them here, one instance of each, as the library's own generated
/// <c>KpoSdk.Generated.ServiceLevelContractRegistry</c> (internal to it) does.
/// </summary>
public static class ServiceLevelContracts
{
    private const string Reflection = "Creates the contracts an assembly lists by reflection; in a trimmed application, use each assembly's generated KpoSdk.Generated.ServiceLevelContractRegistry instead.";

    private static readonly ConcurrentDictionary<Assembly, IReadOnlyList<IServiceLevelContract>> s_byAssembly = new();

    /// <summary>
    /// Gets the contracts declared in <paramref name="assembly"/>, ordered by full type name, one
    /// instance each (the same instances on every call); empty for an assembly without contracts.
    /// </summary>
    /// <param name="assembly">An assembly compiled with the KpoSdk generator.</param>
    /// <exception cref="ArgumentNullException"><paramref name="assembly"/> is null.</exception>
    /// <exception cref="InvalidOperationException">A listed type cannot be created (it changed after the assembly was compiled).</exception>
    [RequiresUnreferencedCode(Reflection)]
    public static IReadOnlyList<IServiceLevelContract> Of(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return s_byAssembly.GetOrAdd(assembly, static a => Create(a));
    }

    /// <summary>
    /// Gets the contracts of <paramref name="assembly"/> and of every assembly it references that
    /// declares contracts (loaded by name), the assembly's own first, then the others by name.
    /// </summary>
    /// <param name="assembly">The application's assembly, e.g. <c>typeof(Program).Assembly</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="assembly"/> is null.</exception>
    /// <exception cref="FileNotFoundException">A referenced assembly cannot be loaded.</exception>
    [RequiresUnreferencedCode(Reflection)]
    public static IReadOnlyList<IServiceLevelContract> OfAssemblyAndReferences(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var result = new List<IServiceLevelContract>(Of(assembly));
        foreach (var name in assembly.GetReferencedAssemblies().OrderBy(n => n.Name, StringComparer.Ordinal))
        {
            result.AddRange(Of(Assembly.Load(name)));
        }

        return result;
    }

    [RequiresUnreferencedCode(Reflection)]
    private static IReadOnlyList<IServiceLevelContract> Create(Assembly assembly)
    {
        if (assembly.GetCustomAttribute<ServiceLevelContractTypesAttribute>() is not { } listed)
        {
            return [];
        }

        var contracts = new IServiceLevelContract[listed.Types.Count];
        for (int i = 0; i < contracts.Length; i++)
        {
            var type = listed.Types[i];
            contracts[i] = Activator.CreateInstance(type, nonPublic: true) as IServiceLevelContract
                ?? throw new InvalidOperationException($"{type.FullName} in {assembly.GetName().Name} is listed as a service-level contract but is not one; rebuild the assembly.");
        }

        return contracts;
    }
}
