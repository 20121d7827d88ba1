namespace KpoSdk.DataTool;

/// <summary>
/// One generated output of the data tool: a file path relative to the repository root and
/// its content, computed only from the files in <c>tools/data</c> (and NodaTime's bundled
/// TZDB for zones). Generators are discovered by reflection so adding one touches no shared file.
/// </summary>
public abstract class TableGenerator
{
    /// <summary>Path of the output file, relative to the repository root, with '/' separators.</summary>
    public abstract string OutputPath { get; }

    /// <summary>Produces the file content. Must be deterministic and culture-invariant; line endings are '\n'.</summary>
    public abstract string Generate(DataDirectory data);

    public static IReadOnlyList<TableGenerator> All() =>
        typeof(TableGenerator).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(TableGenerator).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (TableGenerator)Activator.CreateInstance(t)!)
            .ToArray();
}
