using System.Text.Json;
using KpoSdk.Documents;
using Spectre.Console;

namespace KpoSdk.Cli.Check;

/// <summary>
/// Checks the files one at a time (only the findings are kept, so memory stays that of the largest
/// document), with a progress bar on standard error when it is a terminal.
/// </summary>
internal static class CheckRun
{
    public static (List<CheckedFile> Files, List<string> Skipped) Run(IReadOnlyList<(string Path, bool Named)> inputs, NodaTime.LocalDate date, DocumentCheckOptions options, CliConsole console)
    {
        var files = new List<CheckedFile>();
        var skipped = new List<string>();
        if (console.Progress && inputs.Count > 1)
        {
            console.ProgressConsole().Progress().AutoClear(true).Start(context =>
            {
                var task = context.AddTask("Checking", maxValue: inputs.Count);
                foreach (var input in inputs)
                {
                    task.Description = Markup.Escape("Checking " + InputFiles.Display(input.Path));
                    CheckOne(input, date, options, files, skipped);
                    task.Increment(1);
                }
            });
        }
        else
        {
            foreach (var input in inputs)
            {
                CheckOne(input, date, options, files, skipped);
            }
        }

        return (files, skipped);
    }

    private static void CheckOne((string Path, bool Named) input, NodaTime.LocalDate date, DocumentCheckOptions options, List<CheckedFile> files, List<string> skipped)
    {
        string shown = InputFiles.Display(input.Path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(input.Path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            files.Add(new CheckedFile(shown, null, ex is FileNotFoundException or DirectoryNotFoundException ? "No such file or folder." : ex.Message));
            return;
        }

        // A folder may hold other JSON (package.json, settings): skip what is well-formed and of no
        // kind, but never a broken file that may have been meant as a document.
        if (!input.Named && KpoDocument.Recognize(bytes) is null && IsWellFormed(bytes))
        {
            skipped.Add(shown);
            return;
        }

        files.Add(new CheckedFile(shown, DocumentCheck.Check(bytes, date, options), null));
    }

    private static bool IsWellFormed(byte[] bytes)
    {
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = 1024 });
        try
        {
            while (reader.Read())
            {
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
