using System.CommandLine;
using Parallax.Extraction.Inputs;

namespace Parallax.Cli.Commands;

/// <summary>Arguments and options shared by the commands that read articles.</summary>
internal static class CommonOptions
{
    public static Argument<string[]> Paths() => new("PATH")
    {
        Description = "Article files (.txt, .html, .htm, .jsonl, each optionally .gz), folders (read recursively), or - for standard input",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<string> InputFormat() => new("--input-format")
    {
        Description = "Format of standard input: txt, html or jsonl",
        DefaultValueFactory = _ => "txt",
    };

    public static Option<FileInfo?> Output() => new("--output", "-o")
    {
        Description = "Write to FILE instead of standard output (written whole or not at all)",
    };

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
