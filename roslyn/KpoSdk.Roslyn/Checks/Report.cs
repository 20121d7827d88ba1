using Microsoft.CodeAnalysis;

namespace KpoSdk.Roslyn.Checks;

/// <summary>Where a check sends its diagnostics: the report method of whichever analysis context runs it.</summary>
internal delegate void Report(Diagnostic diagnostic);
