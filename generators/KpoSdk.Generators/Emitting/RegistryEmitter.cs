using KpoSdk.Generators.Helpers;
using KpoSdk.Generators.Models;

namespace KpoSdk.Generators.Emitting;

/// <summary>Emits <c>KpoSdk.Generated.ServiceLevelContractRegistry</c>: one instance of every contract in the assembly.</summary>
internal static class RegistryEmitter
{
    public static string Emit(EquatableArray<RegistryEntry> all)
    {
        var entries = all.Where(e => e.IsGenerated).ToList();
        var code = GeneratedCode.StartFile()
            .Line("// Lists the contracts for other assemblies: KpoSdk.Contracts.ServiceLevelContracts.Of(assembly).")
            .Line("#pragma warning disable CS0612, CS0618")
            .Line("[assembly: global::KpoSdk.Contracts.ServiceLevelContractTypes(" + string.Join(", ", entries.Select(e => "typeof(" + e.FullyQualifiedName + ")")) + ")]")
            .Line("#pragma warning restore CS0612, CS0618")
            .Line()
            .Open("namespace KpoSdk.Generated")
            .Line("/// <summary>Every service-level contract declared in this assembly, one instance each, ordered by full type name.</summary>")
            .Line(GeneratedCode.Attribute)
            .Open("internal static class ServiceLevelContractRegistry")

            // A contract marked [Obsolete] is still one of the assembly's contracts; listing it must not warn.
            .Line("#pragma warning disable CS0612, CS0618")
            .Line("private static readonly global::System.Collections.Generic.IReadOnlyList<global::KpoSdk.Contracts.IServiceLevelContract> s_all =")
            .Line("    global::System.Collections.Immutable.ImmutableArray.Create<global::KpoSdk.Contracts.IServiceLevelContract>(");
        for (int i = 0; i < entries.Count; i++)
        {
            code.Line("        new " + entries[i].FullyQualifiedName + "()" + (i == entries.Count - 1 ? ");" : ","));
        }

        if (entries.Count == 0)
        {
            code.Line("        );");
        }

        return code
            .Line("#pragma warning restore CS0612, CS0618")
            .Line()
            .Line("/// <summary>Gets every contract of the assembly.</summary>")
            .Line("public static global::System.Collections.Generic.IReadOnlyList<global::KpoSdk.Contracts.IServiceLevelContract> All => s_all;")
            .Line()
            .Line("/// <summary>Gets the contracts for <paramref name=\"service\"/>, in the order of <see cref=\"All\"/>.</summary>")
            .Open("public static global::System.Collections.Generic.IEnumerable<global::KpoSdk.Contracts.IServiceLevelContract> For(global::KpoSdk.ServiceLine service)")
            .Open("foreach (var contract in s_all)")
            .Open("if (contract.Service == service)")
            .Line("yield return contract;")
            .Close()
            .Close()
            .Close()
            .Line()
            .Line("/// <summary>")
            .Line("/// Gets the contracts for <paramref name=\"service\"/> whose client jurisdiction contains")
            .Line("/// <paramref name=\"client\"/> (a contract for <c>US</c> applies to a client in <c>US-NY</c>), in the order of <see cref=\"All\"/>.")
            .Line("/// </summary>")
            .Open("public static global::System.Collections.Generic.IEnumerable<global::KpoSdk.Contracts.IServiceLevelContract> For(global::KpoSdk.ServiceLine service, global::KpoSdk.Jurisdiction client)")
            .Open("foreach (var contract in s_all)")
            .Open("if (contract.Service == service && contract.Client.Contains(client))")
            .Line("yield return contract;")
            .Close()
            .Close()
            .Close()
            .Close()
            .Close()
            .Finish();
    }
}
