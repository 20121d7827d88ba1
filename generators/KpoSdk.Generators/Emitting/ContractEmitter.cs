using KpoSdk.Generators.Models;

namespace KpoSdk.Generators.Emitting;

/// <summary>
/// Emits the partial part of one contract type: the values parsed at compile time as static
/// fields, and the typed properties and methods of <c>IServiceLevelContract</c> over them.
/// </summary>
internal static class ContractEmitter
{
    public static string Emit(ContractModel model)
    {
        var code = GeneratedCode.StartFile();
        if (model.Type.Namespace is { } ns)
        {
            code.Open("namespace " + ns);
        }

        code.Open(model.Type.DeclarationKeywords + " " + model.Type.Identifier + " : global::KpoSdk.Contracts.IServiceLevelContract");
        if (model.Fallback is { } diagnostics)
        {
            // The declaration has errors: the same members, each throwing, so that code using the
            // contract still compiles and the KPO diagnostics are the build's only errors.
            code.Line("// Not generated: the declaration of this contract has errors" + (diagnostics.Length == 0 ? "" : " (" + diagnostics + ")") + ". Every member throws.")
                .Line()
                .Throwing("global::KpoSdk.Contracts.__Internals.GeneratedContractSupport.NotGenerated(" + Literals.String(model.Type.DisplayName) + ", " + Literals.String(diagnostics) + ")");
        }
        else
        {
            ContractFields.Emit(code, model);
        }

        ContractProperties.Emit(code, model);
        TargetMembers.Emit(code, model.Response, "Response", "the first response to a ticket opened at <paramref name=\"opened\"/> is due");
        TargetMembers.Emit(code, model.Resolution, "Resolution", "a ticket opened at <paramref name=\"opened\"/> must be resolved");
        TargetMembers.EmitInterfaceMembers(code, model);
        ContractChecks.Emit(code);
        code.Close();
        if (model.Type.Namespace is not null)
        {
            code.Close();
        }

        return code.Finish();
    }

    /// <summary>Writes the <c>[GeneratedCode]</c> attribute and the member that follows it.</summary>
    public static CodeWriter Member(this CodeWriter code, string declaration) => code.Line(GeneratedCode.Attribute).Declaration(declaration);
}
