using System.CommandLine;
using Parallax.Extraction.Inputs;

namespace Parallax.Cli.Commands;

/// <summary>Arguments and options shared by the commands that read articles.</summary>
internal static class CommonOptions
{
    public static Argument<string[]> Paths()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Article files (.txt, .html, .htm, .jsonl, each optionally .gz; web archives .warc, .warc.gz), folders (read recursively), or - for standard input",
            Arity = ArgumentArity.OneOrMore,
        };
        // "--bogus" is a mistyped option, not a file: a usage error (a file of that name can be given as ./--bogus).
        paths.Validators.Add(result =>
        {
            foreach (var value in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (value.Length > 1 && value[0] == '-' && !File.Exists(value) && !Directory.Exists(value))
                    result.AddError($"unknown option '{value}' (a file of that name can be given as ./{value})");
            }
        });
        return paths;
    }

    public static Option<string> InputFormat() => new("--input-format")
    {
        Description = "Format of standard input: txt, html or jsonl",
        DefaultValueFactory = _ => "txt",
    };

    public static Option<FileInfo?> Output()
    {
        var output = new Option<FileInfo?>("--output", "-o")
        {
            Description = "Write to FILE instead of standard output (written whole or not at all)",
        };
        // A missing folder is refused here, named, rather than created or failing half-way through the work.
        output.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<FileInfo?>() is { } file && file.Directory is { Exists: false } dir)
                result.AddError($"-o {file.FullName}: the folder {dir.FullName} does not exist");
        });
        return output;
    }

    public static Option<string> Format(string defaultValue, params string[] values)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = $"Output format: {string.Join(", ", values)}",
            DefaultValueFactory = _ => defaultValue,
        };
        option.AcceptOnlyFromAmong(values);
        return option;
    }

    public static InputReader Reader(string inputFormat) => new() { StdinFormat = InputFormats.Parse(inputFormat) };
}
