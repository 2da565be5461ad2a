using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Parallax.Comparison.Report;

namespace Parallax.Rendering;

/// <summary>JSON for the report and the JSONL commands: snake_case names, nulls written, UTF-8 text unescaped.</summary>
public static class ReportJson
{
    private static readonly JsonSerializerOptions Indented = Options(indented: true);
    private static readonly JsonSerializerOptions Compact = Options(indented: false);

    private static JsonSerializerOptions Options(bool indented) => new()
    {
        // Relaxed escaping keeps non-ASCII readable; this is JSON for files and pipes, never inlined into HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = indented,
        TypeInfoResolver = ReportJsonContext.Default,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    /// <summary>Writes the report as indented JSON (report-format.md) and a newline.</summary>
    public static void WriteReport(ComparisonReport report, Stream output)
    {
        JsonSerializer.Serialize(output, report, Indented);
        output.WriteByte((byte)'\n');
    }

    /// <summary>One article per line (JSONL).</summary>
    public static void WriteLine(ReportArticle article, Stream output)
    {
        JsonSerializer.Serialize(output, article, Compact);
        output.WriteByte((byte)'\n');
    }

    /// <summary>The report as indented JSON (report-format.md).</summary>
    public static string Serialize(ComparisonReport report) => JsonSerializer.Serialize(report, Indented);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(ComparisonReport))]
[JsonSerializable(typeof(ReportArticle))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
